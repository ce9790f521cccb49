package decode

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

func TestBytes(t *testing.T) {
	arabic := "قتل 12 مدنيا في قصف على حلب"
	latin := "Le café de la Défense à Alep a été détruit, selon l'AFP."
	cyr := "В Алеппо погибли мирные жители"
	w1256, _ := charmap.Windows1256.NewEncoder().String(arabic)
	w1252, _ := charmap.Windows1252.NewEncoder().String(latin)
	w1251, _ := charmap.Windows1251.NewEncoder().String(cyr)
	i6, _ := charmap.ISO8859_6.NewEncoder().String("قتل مدنيون في حلب")
	u16le, _ := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().String("Aleppo, Dec. 4")
	u16be, _ := xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM).NewEncoder().String("Aleppo, Dec. 4")
	tests := []struct {
		name, in, want, enc string
	}{
		{"utf8", "Tall Rif‘at", "Tall Rif‘at", "utf-8"},
		{"utf8 bom", "\xef\xbb\xbfAleppo", "Aleppo", "utf-8"},
		{"utf16le bom", u16le, "Aleppo, Dec. 4", "utf-16le"},
		{"utf16be no bom", u16be, "Aleppo, Dec. 4", "utf-16be"},
		{"windows-1252", w1252, latin, "windows-1252"},
		{"windows-1256", w1256, arabic, "windows-1256"},
		{"windows-1251", w1251, cyr, "windows-1251"},
		{"iso-8859-6", i6, "قتل مدنيون في حلب", "iso-8859-6"},
		{"mostly utf8", "Aleppo \xff citadel – old city", "Aleppo \uFFFD citadel – old city", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Bytes([]byte(tt.in), "")
			if r.Text != tt.want || r.Encoding != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", r.Text, r.Encoding, tt.want, tt.enc)
			}
		})
	}
}

func TestHintUsedOnlyForNonUTF8(t *testing.T) {
	if r := Bytes([]byte("plain ascii"), "windows-1256"); r.Encoding != "utf-8" {
		t.Errorf("valid UTF-8 decoded as %s", r.Encoding)
	}
	w, _ := charmap.Windows1256.NewEncoder().String("حلب")
	if r := Bytes([]byte("x "+w), "windows-1256"); r.Text != "x حلب" {
		t.Errorf("hinted decode = %q", r.Text)
	}
}

func FuzzBytes(f *testing.F) {
	for _, s := range []string{"", "\xff\xfe\x41\x00", "\xfe\xff\x00A", "Aleppo", "\xc7\xe1", "a\x00b\x00", strings.Repeat("\x80", 10)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		r := Bytes(b, "")
		if !utf8.ValidString(r.Text) {
			t.Fatalf("invalid UTF-8 out of %q", b)
		}
	})
}
