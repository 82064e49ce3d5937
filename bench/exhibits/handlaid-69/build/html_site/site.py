# Anchovy configuration for the set 69 HTML page: one JSON data file rendered through a Jinja template.
import json
from pathlib import Path
from anchovy import InputBuildSettings, OutputDirPathCalc, REMatcher, Rule
from anchovy.jinja import JinjaRenderStep

HERE = Path(__file__).parent

class ExhibitPageStep(JinjaRenderStep):
    """Render `NAME.json` with the template it names."""
    encoding = 'utf-8'
    def __call__(self, path, output_paths):
        data = json.loads(Path(path).read_text(encoding='utf-8'))
        deps = self.render_template(data['template'], data, output_paths)
        return [Path(path), *deps], output_paths

SETTINGS = InputBuildSettings(
    input_dir=HERE / 'src',
    working_dir=HERE / 'working',
    output_dir=HERE / 'out',
    custody_cache=HERE / 'build-cache.json',
)
RULES = [
    Rule(REMatcher(r'templates/.*', parent_dir='input_dir'), None),
    Rule(REMatcher(r'.*\.json', parent_dir='input_dir'), [OutputDirPathCalc('.html'), None], ExhibitPageStep()),
]
