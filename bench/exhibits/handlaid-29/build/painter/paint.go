// paint.go: draws a display list (JSON written by layout.py) with gofpdf.
// Every op is drawn in list order, so the content-stream order is the list order.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/jung-kurt/gofpdf"
)

type Op struct {
	Op    string    `json:"op"`
	W     float64   `json:"w"`
	H     float64   `json:"h"`
	X     float64   `json:"x"`
	Y     float64   `json:"y"`
	X2    float64   `json:"x2"`
	Y2    float64   `json:"y2"`
	Font  string    `json:"font"`
	Size  float64   `json:"size"`
	Text  string    `json:"text"`
	RGB   []int     `json:"rgb"`
	Fill  []int     `json:"fill"`
	LW    float64   `json:"lw"`
	Angle float64   `json:"angle"`
	Diag  bool      `json:"diag"`
}

type Doc struct {
	Title    string            `json:"title"`
	Author   string            `json:"author"`
	Creator  string            `json:"creator"`
	Fonts    map[string]string `json:"fonts"`
	Ops      []Op              `json:"ops"`
}

func main() {
	raw, err := os.ReadFile(os.Args[1])
	if err != nil { panic(err) }
	var d Doc
	if err := json.Unmarshal(raw, &d); err != nil { panic(err) }
	pdf := gofpdf.NewCustom(&gofpdf.InitType{UnitStr: "pt", Size: gofpdf.SizeType{Wd: 595.28, Ht: 841.89}})
	pdf.SetCompression(true)
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.SetTitle(d.Title, true)
	pdf.SetAuthor(d.Author, true)
	pdf.SetCreator(d.Creator, true)
	pdf.SetProducer("gofpdf 2.17.2 (Debian golang-github-jung-kurt-gofpdf-dev)", true)
	for name, path := range d.Fonts {
		b, err := os.ReadFile(path)
		if err != nil { panic(err) }
		pdf.AddUTF8FontFromBytes(name, "", b)
	}
	for _, o := range d.Ops {
		switch o.Op {
		case "page":
			// "P" keeps the given width and height as they are ("L" would swap them)
			pdf.AddPageFormat("P", gofpdf.SizeType{Wd: o.W, Ht: o.H})
		case "text":
			pdf.SetFont(o.Font, "", o.Size)
			if len(o.RGB) == 3 { pdf.SetTextColor(o.RGB[0], o.RGB[1], o.RGB[2]) } else { pdf.SetTextColor(0, 0, 0) }
			if o.Angle != 0 {
				pdf.TransformBegin()
				pdf.TransformRotate(o.Angle, o.X, o.Y)
				pdf.Text(o.X, o.Y, o.Text)
				pdf.TransformEnd()
			} else {
				pdf.Text(o.X, o.Y, o.Text)
			}
		case "rect":
			style := "D"
			if len(o.Fill) == 3 {
				pdf.SetFillColor(o.Fill[0], o.Fill[1], o.Fill[2])
				style = "F"
				if o.LW > 0 { style = "FD" }
			}
			if o.LW > 0 { pdf.SetLineWidth(o.LW) } else { pdf.SetLineWidth(0.5) }
			if len(o.RGB) == 3 { pdf.SetDrawColor(o.RGB[0], o.RGB[1], o.RGB[2]) } else { pdf.SetDrawColor(0, 0, 0) }
			pdf.Rect(o.X, o.Y, o.W, o.H, style)
			if o.Diag {
				pdf.SetDrawColor(150, 150, 150)
				pdf.SetLineWidth(0.6)
				pdf.Line(o.X, o.Y, o.X+o.W, o.Y+o.H)
				pdf.Line(o.X, o.Y+o.H, o.X+o.W, o.Y)
			}
		case "line":
			if len(o.RGB) == 3 { pdf.SetDrawColor(o.RGB[0], o.RGB[1], o.RGB[2]) } else { pdf.SetDrawColor(0, 0, 0) }
			if o.LW > 0 { pdf.SetLineWidth(o.LW) } else { pdf.SetLineWidth(0.5) }
			pdf.Line(o.X, o.Y, o.X2, o.Y2)
		}
	}
	if err := pdf.OutputFileAndClose(os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
