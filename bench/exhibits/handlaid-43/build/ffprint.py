"""Print HTML files to PDF with headless Firefox ESR through the Marionette protocol (WebDriver:Print)."""
import base64, json, os, shutil, socket, subprocess, sys, tempfile, time

class Marionette:
    def __init__(self, port):
        for _ in range(200):
            try:
                self.s = socket.create_connection(("127.0.0.1", port)); break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("marionette did not start")
        self.buf = b""; self.mid = 0
        self._read()  # greeting
    def _read(self):
        while b":" not in self.buf:
            self.buf += self.s.recv(65536)
        n, rest = self.buf.split(b":", 1); n = int(n)
        while len(rest) < n:
            rest += self.s.recv(1 << 20)
        self.buf = rest[n:]
        return json.loads(rest[:n])
    def cmd(self, name, params=None):
        self.mid += 1
        data = json.dumps([0, self.mid, name, params or {}]).encode()
        self.s.sendall(str(len(data)).encode() + b":" + data)
        while True:
            r = self._read()
            if r[0] == 1 and r[1] == self.mid:
                if r[2]:
                    raise RuntimeError(r[2])
                return r[3]

def print_all(jobs, port=2829):
    """jobs: list of (html_path, pdf_path, width_cm, height_cm)."""
    prof = tempfile.mkdtemp(prefix="ffprof")
    with open(os.path.join(prof, "user.js"), "w") as f:
        f.write('user_pref("marionette.port", %d);\n' % port)
        f.write('user_pref("browser.shell.checkDefaultBrowser", false);\n')
        f.write('user_pref("datareporting.policy.dataSubmissionEnabled", false);\n')
        f.write('user_pref("print.font-variant-as-text", true);\n')
    env = dict(os.environ, MOZ_HEADLESS="1")
    p = subprocess.Popen(["firefox-esr", "--headless", "--marionette", "--no-remote", "--profile", prof],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        m = Marionette(port)
        m.cmd("WebDriver:NewSession", {"capabilities": {}})
        for html, pdf, w, h in jobs:
            m.cmd("WebDriver:Navigate", {"url": "file://" + os.path.abspath(html)})
            time.sleep(0.5)
            r = m.cmd("WebDriver:Print", {"page": {"width": w, "height": h},
                                          "margin": {"top": 0, "bottom": 0, "left": 0, "right": 0},
                                          "background": True, "shrinkToFit": False, "scale": 1})
            with open(pdf, "wb") as f:
                f.write(base64.b64decode(r["value"]))
            print("printed", pdf)
        m.cmd("WebDriver:DeleteSession")
    finally:
        p.terminate()
        try: p.wait(10)
        except Exception: p.kill()
        shutil.rmtree(prof, ignore_errors=True)

if __name__ == "__main__":
    print_all([(sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))])
