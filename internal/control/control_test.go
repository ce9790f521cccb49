package control_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func TestClaims(t *testing.T) {
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // value|area|holder, claims joined by "; "
	}{
		// The seed's articles.
		{"Only one per cent of the original pocket remains in opposition hands. Much of the pocket has been badly damaged.", "1|the original pocket|opposition"},
		{"Only three per cent of the original pocket remains in the hands of the opposition.", "3|the original pocket|opposition"},
		{"Syrian state TV said the regime forces and their allies gained control of 99 percent of eastern Aleppo.", "99|eastern Aleppo|government"},
		{"Regime forces captured Bustan al-Qasr and al-Kallasah districts east of Kouwalk River, effectively controlling over 90 percent of Aleppo and leaving some 150,000 people trapped under bombardment.", "90|Aleppo|government"},
		// Elsewhere, as news writes it.
		{"Islamic State militants still hold about 40% of Raqqa, the SDF said.", "40|Raqqa|Islamic State"},
		// Shares that are not territory, or whose holder is not said.
		{"Prices rose by 50 percent of their pre-war level in Aleppo.", ""},
		{"Some 80 percent of the city's residents have fled, the UN said.", ""},
		{"Rebels said 30 percent of the aid had been taken.", ""},
	}
	for _, tt := range tests {
		d := doc.New(doc.Meta{}, tt.text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range d.Control {
			got = append(got, fmt.Sprintf("%g|%s|%s", c.Value, c.Area.In(d.Text), c.Holder))
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, g, tt.want)
		}
	}
}

// FuzzControl: claims are shares of 0 to 100 with their area inside the
// text.
func FuzzControl(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, testshared.SeedExcerpts(), func(t *testing.T, d *doc.Doc) {
		for _, c := range d.Control {
			if c.Value < 0 || c.Value > 100 || c.Area.Start < c.Span.Start || c.Area.End > c.Span.End || c.Span.End > int32(len(d.Text)) || c.Holder == "" {
				t.Fatalf("bad claim %+v", c)
			}
		}
	})
}
