package gazetteer

import "math/bits"

// postings maps a key's hash to its posting (see Gazetteer.loose): open
// addressing with linear probing, the hash and the posting side by side
// so that a lookup — hit or miss — costs one cache line, where a Go map
// of half a million keys cost two or three and asked a Bloom filter
// first. At most 70% full; the slot of h is h scaled to the table's
// length (any length, not only powers of two), so the table stays near
// its fill.
type postings struct {
	slots []posting
	n     int
}

type posting struct {
	h uint64 // 0 is empty; a real 0 hash is stored as 1
	v int32
}

func newPostings(hint int) postings {
	return postings{slots: make([]posting, max(16, hint*10/7+1))}
}

func (p *postings) home(h uint64) int {
	hi, _ := bits.Mul64(h*0x9E3779B97F4A7C15, uint64(len(p.slots)))
	return int(hi)
}

// get returns the posting of h.
func (p *postings) get(h uint64) (int32, bool) {
	if h == 0 {
		h = 1
	}
	for i := p.home(h); ; {
		switch s := &p.slots[i]; s.h {
		case h:
			return s.v, true
		case 0:
			return 0, false
		}
		if i++; i == len(p.slots) {
			i = 0
		}
	}
}

// at returns the slot of h, claimed for it (v 0) if h was not there, and
// whether it was.
func (p *postings) at(h uint64) (*posting, bool) {
	if h == 0 {
		h = 1
	}
	if 10*(p.n+1) > 7*len(p.slots) {
		p.grow()
	}
	for i := p.home(h); ; {
		switch s := &p.slots[i]; s.h {
		case h:
			return s, true
		case 0:
			s.h = h
			p.n++
			return s, false
		}
		if i++; i == len(p.slots) {
			i = 0
		}
	}
}

func (p *postings) grow() {
	old := p.slots
	p.slots, p.n = make([]posting, 2*len(old)+16), 0
	for _, s := range old {
		if s.h != 0 {
			n, _ := p.at(s.h)
			n.v = s.v
		}
	}
}

// Len is the number of keys.
func (p *postings) Len() int { return p.n }
