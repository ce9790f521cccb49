package lexicon

// Hash is the 64-bit FNV-1a hash of a word, the key every stage looks
// words up by: the tokenizer stores it in each token (doc.Token.Hash), so
// a stage asks "is this one of my words?" with one probe of an array
// instead of hashing and comparing strings.
func Hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Set is a set of word hashes: open addressing with linear probing, built
// once and then only read (safe for concurrent readers). Two words with
// one 64-bit hash are one word to it; callers that must be exact compare
// the text after a hit.
type Set struct {
	keys  []uint64 // 0 is empty; a real 0 hash is stored as 1
	mask  uint64
	shift uint // slot of h: its top bits after a Fibonacci multiply
}

// slot spreads FNV's weak low bits over the table (Fibonacci hashing).
func (s *Set) slot(h uint64) uint64 { return (h * 0x9E3779B97F4A7C15) >> s.shift }

// NewSet returns a set of the hashes of words.
func NewSet(words []string) *Set {
	// At most a quarter full: most lookups are of words not in the set,
	// and end at the first empty slot.
	n, bits := 16, uint(4)
	for n < 4*len(words) {
		n, bits = n*2, bits+1
	}
	s := &Set{keys: make([]uint64, n), mask: uint64(n - 1), shift: 64 - bits}
	for _, w := range words {
		s.add(Hash(w))
	}
	return s
}

// KeySet returns a set of the hashes of m's keys: the words a stage's
// lexicon is indexed by.
func KeySet[V any](m map[string]V) *Set {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	return NewSet(words)
}

func (s *Set) add(h uint64) {
	if h == 0 {
		h = 1
	}
	for i := s.slot(h); ; i = (i + 1) & s.mask {
		switch s.keys[i] {
		case 0:
			s.keys[i] = h
			return
		case h:
			return
		}
	}
}

// Has reports whether the set holds a word with hash h.
func (s *Set) Has(h uint64) bool {
	if h == 0 {
		h = 1
	}
	for i := s.slot(h); ; i = (i + 1) & s.mask {
		switch s.keys[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// Classes maps word hashes to a bit mask of the word classes they belong
// to, so that a stage learns everything its lexicons say of a token — is it
// a common word, a connector, a cue, a title — with one probe instead of
// one string-keyed map lookup per class. Build it with Add, then only read
// it (safe for concurrent readers).
type Classes struct {
	// Key and mask side by side: a probe reads one cache line. At most
	// half full, so that tens of thousands of words stay small.
	slots []classSlot
	shift uint
	mask  uint64
	n     int
}

type classSlot struct {
	h    uint64 // 0 is empty; a real 0 hash is stored as 1
	mask uint32
}

// Add puts the word into the classes in mask (a union with what it holds).
func (c *Classes) Add(word string, mask uint32) { c.AddHash(Hash(word), mask) }

// AddHash is Add for a word's hash.
func (c *Classes) AddHash(h uint64, mask uint32) {
	if h == 0 {
		h = 1
	}
	if 2*(c.n+1) > len(c.slots) {
		c.grow()
	}
	for i := (h * 0x9E3779B97F4A7C15) >> c.shift; ; i = (i + 1) & c.mask {
		switch c.slots[i].h {
		case 0:
			c.slots[i] = classSlot{h, mask}
			c.n++
			return
		case h:
			c.slots[i].mask |= mask
			return
		}
	}
}

func (c *Classes) grow() {
	n, bits := 16, uint(4)
	for n < 4*(c.n+1) {
		n, bits = n*2, bits+1
	}
	old := c.slots
	c.slots, c.mask, c.shift, c.n = make([]classSlot, n), uint64(n-1), 64-bits, 0
	for _, e := range old {
		if e.h != 0 {
			c.AddHash(e.h, e.mask)
		}
	}
}

// Of returns the classes of the word with hash h; 0 if it is in none.
func (c *Classes) Of(h uint64) uint32 {
	if c.n == 0 {
		return 0
	}
	if h == 0 {
		h = 1
	}
	for i := (h * 0x9E3779B97F4A7C15) >> c.shift; ; i = (i + 1) & c.mask {
		switch e := &c.slots[i]; e.h {
		case h:
			return e.mask
		case 0:
			return 0
		}
	}
}
