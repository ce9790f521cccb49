package attrib

import "github.com/sitrep-dev/sitrep/internal/doc"

// People exposes the personal names found, for tests.
func (s *Stage) People(d *doc.Doc) [][2]string {
	var out [][2]string
	for _, p := range s.people(d) {
		out = append(out, [2]string{p.span.In(d.Text), p.full})
	}
	return out
}
