package lexicon

import (
	"strings"
	"testing"
)

func TestAbbrev(t *testing.T) {
	for w, want := range map[string]AbbrevClass{
		"Dec": Month, "dec": Month, "Sep": Month, "Mr": Title, "Lt": Title, "Col": Title,
		"No": Ordinal, "w": Direction, "e": Direction, "etc": Other, "Aleppo": NotAbbrev, "reporters": NotAbbrev,
	} {
		if got := Abbrev(w); got != want {
			t.Errorf("Abbrev(%q) = %d, want %d", w, got, want)
		}
	}
	if !SentenceStarter("The") || SentenceStarter("Aleppo") {
		t.Error("sentence starters wrong")
	}
}

func TestScanLinesReportsLine(t *testing.T) {
	err := ScanLines("x.tsv", strings.NewReader("# c\n\na\tb\nbad\n"), func(line int, f []string) error {
		if len(f) != 2 {
			return errBad
		}
		return nil
	})
	if err == nil || err.Error() != "x.tsv:4: bad" {
		t.Errorf("err = %v", err)
	}
}

type badErr struct{}

func (badErr) Error() string { return "bad" }

var errBad = badErr{}

func TestSet(t *testing.T) {
	s := NewSet([]string{"killed", "said", "aleppo", ""})
	for _, w := range []string{"killed", "said", "aleppo", ""} {
		if !s.Has(Hash(w)) {
			t.Errorf("%q missing", w)
		}
	}
	for _, w := range []string{"kill", "says", "homs"} {
		if s.Has(Hash(w)) {
			t.Errorf("%q present", w)
		}
	}
}

func TestKeySet(t *testing.T) {
	s := KeySet(map[string]int{"killed": 1, "shelled": 2})
	if !s.Has(Hash("killed")) || !s.Has(Hash("shelled")) || s.Has(Hash("said")) {
		t.Error("KeySet lost or invented a key")
	}
}

func TestClasses(t *testing.T) {
	var c Classes
	if c.Of(Hash("the")) != 0 {
		t.Fatal("an empty table knows a word")
	}
	const common, connector, cue = 1, 2, 4
	c.Add("the", common)
	c.Add("de", connector)
	c.Add("in", cue)
	c.Add("in", common) // a union, not a replacement
	// Enough words to make the table grow several times.
	var words []string
	for i := range 500 {
		w := strings.Repeat("x", i%40) + string(rune('a'+i%26)) + strings.Repeat("y", i/40)
		words = append(words, w)
		c.Add(w, 8)
	}
	for _, tc := range []struct {
		w    string
		want uint32
	}{{"the", common}, {"de", connector}, {"in", cue | common}, {"of", 0}, {"", 0}} {
		if got := c.Of(Hash(tc.w)); got != tc.want {
			t.Errorf("Of(%q) = %b, want %b", tc.w, got, tc.want)
		}
	}
	for _, w := range words {
		if c.Of(Hash(w)) != 8 {
			t.Fatalf("%q lost when the table grew", w)
		}
	}
	c.AddHash(0, cue) // stored as 1, its stand-in
	if c.Of(0) != cue {
		t.Error("the hash 0 was not stored")
	}
}
