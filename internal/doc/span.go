// Package doc defines the document model shared by every pipeline stage: one
// cleaned text and flat annotation layers over it.
//
// Invariant: every Span in a Doc is a half-open byte range [Start, End) into
// Doc.Text, with 0 <= Start <= End <= len(Text). Offsets are the only currency
// between stages; no stage copies or re-tokenizes the text. Links between
// layers are int32 indexes into the layer slices, never pointers.
package doc

// Span is a half-open byte range [Start, End) into a text.
type Span struct {
	Start, End int32
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return int(s.End - s.Start) }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the text the span covers. It never panics: a span outside text
// is clamped to it.
func (s Span) In(text string) string {
	st, en := int(s.Start), int(s.End)
	if st < 0 {
		st = 0
	}
	if en > len(text) {
		en = len(text)
	}
	if st >= en {
		return ""
	}
	return text[st:en]
}

// Index is an index into one of a Doc's layers. Its zero value means "none",
// so layer structs are usable without initialisation (esbuild's Index32 trick):
// the stored value is the index plus one.
type Index uint32

// MakeIndex returns the Index for slice position i.
func MakeIndex(i int) Index { return Index(i + 1) }

// Valid reports whether the index refers to an element.
func (i Index) Valid() bool { return i != 0 }

// Get returns the slice position; it must only be called when Valid.
func (i Index) Get() int { return int(i) - 1 }
