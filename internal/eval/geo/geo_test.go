package geo

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/earth"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

const sample = `<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text><![CDATA[Fighting near Azaz and Tal Rifaat, north of Aleppo, Syria’s largest city.]]></text>
<toponyms><toponym><start>14</start><end>18</end><phrase>Azaz</phrase><gaztag geonameid="172082"><lat>36.58662</lat><lon>37.04628</lon></gaztag></toponym>
<toponym><start>23</start><end>33</end><phrase>Tal Rifaat</phrase><gaztag geonameid="163476"><lat>36.47229</lat><lon>37.09471</lon></gaztag></toponym>
<toponym><start>44</start><end>50</end><phrase>Aleppo</phrase><gaztag geonameid="170063"><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
<toponym><start>52</start><end>57</end><phrase>Syria</phrase><gaztag geonameid="163843"><lat>35</lat><lon>38</lon></gaztag></toponym>
</toponyms></article></articles>`

func TestSample(t *testing.T) {
	arts, err := Parse("sample", strings.NewReader(sample))
	if err != nil || len(arts) != 1 || len(arts[0].Toponyms) != 4 {
		t.Fatal(err, arts)
	}
	if a := arts[0]; a.Text[a.Toponyms[3].Start:a.Toponyms[3].End] != "Syria" {
		t.Fatalf("offsets: %q", a.Text[a.Toponyms[3].Start:a.Toponyms[3].End])
	}
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	if err := s.Add(context.Background(), p, arts[0], nil, nil); err != nil {
		t.Fatal(err)
	}
	if s.Within161 != 4 || s.Correct != s.System {
		t.Errorf("%v", s)
	}
}

// TestCorpora scores LGL and TR-News when the shared corpora are at hand.
// SITREP_GEO_DUMP=1 lists what was missed or misplaced.
func TestCorpora(t *testing.T) {
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"lgl.xml", "TR-News.xml"} {
		path, ok := testshared.Path("corpus/geo/" + name)
		if !ok {
			t.Skip("geo corpora not found")
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		arts, err := Parse(name, f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var s Score
		dump := os.Getenv("SITREP_GEO_DUMP") != ""
		for _, a := range arts {
			err := s.Add(context.Background(), p, a, func(g Toponym, m *doc.PlaceMention) {
				if !dump {
					return
				}
				ctx := a.Text[max(0, g.Start-50):min(len(a.Text), g.End+30)]
				ctx = strings.ReplaceAll(ctx, "\n", " ")
				if m == nil {
					t.Logf("MISS %s %q | %s", name, g.Phrase, ctx)
				} else {
					t.Logf("FAR %s %q → %s %s (%.0f km) | %s", name, g.Phrase, m.Name, m.Country, earth.Km(m.Lat, m.Lon, g.Lat, g.Lon), ctx)
				}
			}, func(d *doc.Doc, m doc.PlaceMention) {
				if dump {
					t.Logf("EXTRA %s %q %s → %s %s", name, m.Span.In(d.Text), m.Kind, m.Name, m.Country)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s (%d articles): %v", name, len(arts), s)
	}
}

// A gold offset that drifted from its phrase is moved to the phrase's
// nearest occurrence; one that matches stays.
func TestDriftedOffsets(t *testing.T) {
	const text = "In Ontario, donors.\n\nThe rate in Ontario is rising; Ontario again."
	x := `<articles><article docid="1"><text><![CDATA[` + text + `]]></text><toponyms>
<toponym><start>3</start><end>10</end><phrase>Ontario</phrase></toponym>
<toponym><start>36</start><end>43</end><phrase>Ontario</phrase></toponym>
</toponyms></article></articles>`
	arts, err := Parse("drift", strings.NewReader(x))
	if err != nil || len(arts) != 1 {
		t.Fatal(err)
	}
	want := []int{3, strings.Index(text, "in Ontario is") + 3}
	for i, tp := range arts[0].Toponyms {
		if tp.Start != want[i] || text[tp.Start:tp.End] != "Ontario" {
			t.Errorf("toponym %d at %d, want %d", i, tp.Start, want[i])
		}
	}
}
