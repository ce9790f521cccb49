package input

import (
	"fmt"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	src := "\xef\xbb\xbfid,Title,published,text,url\n" +
		`fakes-1,Twelve killed,2017-04-05,"Twelve civilians were killed in Idlib, activists said.",http://a` + "\n" +
		`fakes-2,Two lines,2017-04-06,"Shelling in Hama.` + "\n" + `A second paragraph with ""quotes"".",` + "\n" +
		`fakes-3,Short,2017-04-07,too,few` + ",extra\n" +
		"\n" +
		`fakes-4,Bad date,yesterday,Text.,` + "\n" +
		`fakes-5,,,` + "\"\"," + "\n" +
		"fakes-6,Latin-1,,Caf\xe9 in Aleppo,\n"
	items, err := readAllItems(t, "dump.csv", src)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 6 {
		t.Fatalf("got %d items: %+v", len(items), items)
	}
	if it := items[0]; it.Err != nil || it.Meta.ID != "fakes-1" || it.Meta.Title != "Twelve killed" || it.Meta.Published.Format("2006-01-02") != "2017-04-05" || it.Meta.URL != "http://a" || it.Meta.Format != "csv" || !strings.HasPrefix(it.Text, "Twelve civilians were killed in Idlib,") {
		t.Errorf("item 0: %+v", it)
	}
	if it := items[1]; it.Err != nil || it.Text != "Shelling in Hama.\nA second paragraph with \"quotes\"." || it.Line != 3 {
		t.Errorf("item 1: %+v", it)
	}
	for i, want := range map[int]string{2: "dump.csv:5: bad input: 6 fields where the header has 5", 3: `dump.csv:7: bad input: "published" is not a date`, 4: "dump.csv:8: bad input: an empty text field"} {
		if items[i].Err == nil || !strings.HasPrefix(items[i].Err.Error(), want) {
			t.Errorf("item %d err = %v, want prefix %q", i, items[i].Err, want)
		}
	}
	if it := items[5]; it.Err != nil || it.Text != "Café in Aleppo" {
		t.Errorf("item 5: %+v", it)
	}
}

// A quote opened and never closed on line 5,000 costs that record only:
// the reader reports it and resumes on the next line.
func TestCSVBrokenQuote(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,text\n")
	for i := 2; i <= 10000; i++ {
		if i == 5000 {
			fmt.Fprintf(&b, "%d,\"An opening quote that never closes\n", i)
			continue
		}
		fmt.Fprintf(&b, "%d,\"Report %d, from Aleppo.\"\n", i, i)
	}
	items, err := readAllItems(t, "big.csv", b.String())
	if err != nil {
		t.Fatal(err)
	}
	var bad []Item
	good := 0
	for _, it := range items {
		if it.Err != nil {
			bad = append(bad, it)
		} else {
			good++
		}
	}
	if good != 9998 || len(bad) != 1 || !strings.HasPrefix(bad[0].Err.Error(), "big.csv:5000: bad input: a quoted field that never closes") {
		t.Fatalf("good %d, bad %v", good, bad)
	}
	if last := items[len(items)-1]; last.Meta.ID != "10000" || last.Line != 10000 {
		t.Errorf("last item %+v", last)
	}
}

func TestCSVFieldsAndDelimiters(t *testing.T) {
	src := "headline;story;when\nA;Shelling in Hama.;12/04/2016\n"
	if _, err := readAllItems(t, "x.csv", src); err != nil {
		t.Fatal(err)
	}
	var items []Item
	r := Reader{Fields: Fields{Text: []string{"story"}, Published: []string{"when"}}}
	err := r.Read("x.csv", strings.NewReader("headline;story;when\nA;Shelling in Hama.;2016-12-04\n"), func(it Item) bool { items = append(items, it); return true })
	if err != nil || len(items) != 1 || items[0].Err != nil || items[0].Text != "Shelling in Hama." || items[0].Meta.Title != "A" || items[0].Meta.Published.Format("2006-01-02") != "2016-12-04" {
		t.Fatalf("%v %+v", err, items)
	}
	// The same mapping reads JSON Lines.
	items = nil
	err = r.Read("x.jsonl", strings.NewReader(`{"headline":"B","story":"Raids on Idlib.","when":"2016-12-05T10:00:00Z"}`+"\n"), func(it Item) bool { items = append(items, it); return true })
	if err != nil || len(items) != 1 || items[0].Err != nil || items[0].Text != "Raids on Idlib." || items[0].Meta.Published.Format("2006-01-02") != "2016-12-05" {
		t.Fatalf("%v %+v", err, items)
	}
}
