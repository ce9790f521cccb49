package placename

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"testing"
	"unicode/utf8"
)

// Spellings of one place as the corpora write them meet under one key;
// different places do not.
func TestKeys(t *testing.T) {
	tests := []struct {
		key      func(string) string
		a, b     string
		wantSame bool
	}{
		{Fold, "Tall Rif‘at", "tall rifat", true},
		{Fold, "Deir ez-Zor", "deir ez zor", true},
		{Fold, "Şanlıurfa", "sanliurfa", true},
		{Fold, "St. Petersburg", "st petersburg", true},
		{Loose, "Ar Raqqah", "ar-Raqqa", true},
		{Loose, "Raqqa", "Raqqah", true},
		{Loose, "St. Petersburg", "Saint Petersburg", true},
		{Loose, "Aleppo", "Afrin", false},
		{Skeleton, "Tal Rifaat", "Tall Rif‘at", true},
		{Skeleton, "Tel Rifaat", "Tal Rifaat", true},
		{Skeleton, "Deir ez-Zor", "Dayr az Zawr", true},
		{Skeleton, "Deir Ezzor", "Deir ez-Zor", true},
		{Skeleton, "Afrin", "Efrin", true},
		{Skeleton, "Idlib", "Edlib", true},
		{Skeleton, "Sheikh Maqsoud", "Shaykh Maqsud", true},
		{Skeleton, "Ain al-Arab", "Ayn al Arab", true},
		{Skeleton, "Nubl", "Kafr Nubl", false},
		{Skeleton, "Hama", "Homs", false},
	}
	for _, tt := range tests {
		ka, kb := tt.key(tt.a), tt.key(tt.b)
		if (ka == kb) != tt.wantSame {
			t.Errorf("keys of %q (%q) and %q (%q): same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.wantSame)
		}
	}
}

// The word-by-word forms the place stage hashes agree with the keys of
// whole names that the gazetteer files names under.
func TestWordForms(t *testing.T) {
	for _, name := range []string{"Tall Rif‘at", "Deir ez-Zor", "Dayr az Zawr", "Kafr Nubl", "Ras al-Ain", "Raqqah", "St. Petersburg"} {
		words := strings.Fields(Fold(name))
		var loose, skel []string
		for i, w := range words {
			if IsArticle(w) && len(words) > 1 {
				loose = append(loose, "al")
			} else {
				loose = append(loose, LooseWord(w))
			}
			skel = append(skel, SkeletonWord(w, i > 0))
		}
		if got, want := strings.Join(loose, " "), Loose(name); got != want {
			t.Errorf("%q: words give Loose %q, the name %q", name, got, want)
		}
		if got, want := strings.Join(skel, " "), Skeleton(name); got != want {
			t.Errorf("%q: words give Skeleton %q, the name %q", name, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		w             string
		head, article bool
	}{
		{"kafr", true, false}, {"kfar", true, false}, {"tell", true, false}, {"deir", true, false},
		{"sheikh", false, false}, {"al", false, true}, {"ez", false, true}, {"aleppo", false, false},
	}
	for _, tt := range tests {
		if got := IsHead(tt.w); got != tt.head {
			t.Errorf("IsHead(%q) = %v", tt.w, got)
		}
		if got := IsArticle(tt.w); got != tt.article {
			t.Errorf("IsArticle(%q) = %v", tt.w, got)
		}
	}
}

func TestSpellingsFile(t *testing.T) {
	if len(articles) == 0 || len(wordClass) == 0 || len(heads) == 0 || len(abbreviations) == 0 {
		t.Fatalf("spellings.tsv: a table is empty: %d articles, %d words, %d heads, %d abbreviations",
			len(articles), len(wordClass), len(heads), len(abbreviations))
	}
	for h := range heads {
		if wordClass[h] != h {
			t.Errorf("head %q is not the one form of any word", h)
		}
	}
	if err := loadSpellings("word\tonly-two-columns\n"); err == nil || !strings.Contains(err.Error(), "spellings.tsv:1") {
		t.Errorf("bad line: err = %v, want one naming spellings.tsv:1", err)
	}
}

// FuzzKeys: any text gives keys without panic; the keys are valid UTF-8,
// lower case, single-spaced, and stable (a key's key is itself).
func FuzzKeys(f *testing.F) {
	for _, s := range []string{"Tall Rif‘at", "Deir ez-Zor", "S.C.", "Şanlıurfa", "\xff\xfe", "a  b", "Ærø", "ʿAyn", "St. Mt Ft. Tell el", "Ras al-Ain"} {
		f.Add(s)
	}
	var marked lexicon.Classes
	MarkWords(&marked, 2, 4, 8, 1)
	f.Fuzz(func(t *testing.T, s string) {
		fold := Fold(s)
		if !utf8.ValidString(fold) || strings.Contains(fold, "  ") || strings.TrimSpace(fold) != fold {
			t.Fatalf("Fold(%q) = %q", s, fold)
		}
		if Fold(fold) != fold {
			t.Fatalf("Fold not stable on %q: %q then %q", s, fold, Fold(fold))
		}
		for _, key := range []string{Loose(s), Skeleton(s)} {
			if !utf8.ValidString(key) || strings.Contains(key, "  ") || strings.TrimSpace(key) != key {
				t.Fatalf("key of %q = %q", s, key)
			}
		}
		// The appending forms make the same word keys after what the
		// buffer holds already.
		// With listed as a stage's classes tell it, or always set.
		for _, w := range strings.Fields(fold) {
			for _, listed := range []bool{marked.Of(lexicon.Hash(w))&1 != 0, true} {
				if got := string(AppendLooseWord([]byte("oo"), w, listed)); got != "oo"+LooseWord(w) {
					t.Fatalf("AppendLooseWord(%q, %v) = %q, LooseWord %q", w, listed, got, LooseWord(w))
				}
				for _, later := range []bool{false, true} {
					if got := string(AppendSkeletonWord([]byte("bb"), w, later, listed)); got != "bb"+SkeletonWord(w, later) {
						t.Fatalf("AppendSkeletonWord(%q, %v, %v) = %q, SkeletonWord %q", w, later, listed, got, SkeletonWord(w, later))
					}
				}
			}
		}
	})
}
