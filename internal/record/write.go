package record

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Formats that Writer supports.
var Formats = []string{"jsonl", "json", "csv", "geojson", "md"}

// Writer writes article records in one format. Call Close to finish the
// output (the json format needs its closing bracket).
type Writer struct {
	w      *bufio.Writer
	format string
	n      int // records written
	nf     int // geojson features written
	enc    *json.Encoder
	cw     *csv.Writer
}

// NewWriter returns a writer for format, or an error naming the formats.
func NewWriter(w io.Writer, format string) (*Writer, error) {
	switch format {
	case "jsonl", "json", "csv", "geojson", "md":
	default:
		return nil, fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	out := &Writer{w: bw, format: format, enc: enc}
	switch format {
	case "csv":
		out.cw = csv.NewWriter(bw)
		out.cw.Write(CSVColumns)
	case "geojson":
		bw.WriteString(`{"type":"FeatureCollection","features":[` + "\n")
	}
	return out, nil
}

// Write writes one record.
func (w *Writer) Write(a *Article) error {
	defer func() { w.n++ }()
	switch w.format {
	case "jsonl":
		return w.enc.Encode(a)
	case "csv":
		return writeCSVEvents(w.cw, a)
	case "geojson":
		return writeFeatures(w.w, &w.nf, a)
	case "json":
		if w.n == 0 {
			w.w.WriteString("[\n")
		} else {
			w.w.WriteString(",\n")
		}
		b, err := json.MarshalIndent(a, "  ", "  ")
		if err != nil {
			return err
		}
		w.w.WriteString("  ")
		_, err = w.w.Write(b)
		return err
	default:
		return writeMarkdown(w.w, a)
	}
}

// Close finishes the output and flushes it.
func (w *Writer) Close() error {
	switch w.format {
	case "json":
		if w.n == 0 {
			w.w.WriteString("[")
		}
		w.w.WriteString("\n]\n")
	case "csv":
		w.cw.Flush()
		if err := w.cw.Error(); err != nil {
			return err
		}
	case "geojson":
		w.w.WriteString("\n]}\n")
	}
	return w.w.Flush()
}

func writeMarkdown(w *bufio.Writer, a *Article) error {
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "## %s\n\n", mdEscape(title))
	pub := "unknown"
	if a.Published != nil {
		pub = *a.Published
		if a.PublishedInferred {
			pub += " (inferred)"
		}
	}
	fmt.Fprintf(w, "- **Document:** %s, article %d\n- **Published:** %s\n", mdEscape(a.Doc), a.Article, pub)
	if a.Source != "" {
		fmt.Fprintf(w, "- **Source:** %s\n", mdEscape(a.Source))
	}
	if a.Dateline != nil {
		fmt.Fprintf(w, "- **Dateline:** %s\n", mdEscape(a.Dateline.Text))
	}
	fmt.Fprintf(w, "- **Events:** %d · **Quotes:** %d\n\n", len(a.Events), len(a.Quotes))
	for _, para := range strings.Split(a.Text, "\n\n") {
		for _, line := range strings.Split(para, "\n") {
			fmt.Fprintf(w, "> %s\n", mdEscape(line))
		}
		w.WriteString(">\n")
	}
	_, err := w.WriteString("\n")
	return err
}

// mdEscape keeps untrusted text from turning into Markdown or HTML markup.
var mdReplacer = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
)

func mdEscape(s string) string { return mdReplacer.Replace(s) }
