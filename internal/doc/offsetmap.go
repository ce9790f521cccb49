package doc

import "sort"

// OffsetMap maps byte offsets in a derived text (the cleaned text) back to
// offsets in the text it was derived from (the decoded input). It is built by
// a Builder while the derived text is written, and composes: cleaning in
// several passes still yields one map straight back to the input.
//
// The derived text is a sequence of segments. A copied segment maps byte for
// byte onto the source; an inserted segment (text the cleaner added, such as
// the space in "reporters. Bana") maps every offset onto one source position.
type OffsetMap struct {
	segs []mapSeg
	// derivedLen is the length of the derived text.
	derivedLen int32
}

type mapSeg struct {
	dst, src, n int32 // segment starts at dst in the derived text, src in the source; n bytes long
	ins         bool  // inserted text: all of it maps to src
}

// Identity returns the map of a text onto itself.
func Identity(n int) OffsetMap {
	if n == 0 {
		return OffsetMap{}
	}
	return OffsetMap{segs: []mapSeg{{0, 0, int32(n), false}}, derivedLen: int32(n)}
}

// Len returns the length of the derived text the map covers.
func (m OffsetMap) Len() int { return int(m.derivedLen) }

// ToSource maps an offset in the derived text to the source text. Offsets at
// or past the end map to the end of the last segment.
func (m OffsetMap) ToSource(off int) int {
	if len(m.segs) == 0 {
		return off
	}
	o := int32(off)
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].dst > o }) - 1
	if i < 0 {
		i = 0
	}
	s := m.segs[i]
	if s.ins {
		return int(s.src)
	}
	d := o - s.dst
	if d > s.n {
		d = s.n
	}
	return int(s.src + d)
}

// SpanToSource maps a span of the derived text to the source text.
func (m OffsetMap) SpanToSource(sp Span) Span {
	st := m.ToSource(int(sp.Start))
	if sp.End <= sp.Start {
		return Span{int32(st), int32(st)}
	}
	// Map the last byte rather than the end so that a span ending at a
	// segment boundary does not stretch over removed source text.
	en := m.ToSource(int(sp.End)-1) + 1
	if en < st {
		en = st
	}
	return Span{int32(st), int32(en)}
}

// Compose returns the map from m's derived text to inner's source, where m's
// source is inner's derived text.
func (m OffsetMap) Compose(inner OffsetMap) OffsetMap {
	if len(inner.segs) == 0 {
		return m
	}
	out := OffsetMap{derivedLen: m.derivedLen, segs: make([]mapSeg, 0, len(m.segs)+len(inner.segs))}
	for _, s := range m.segs {
		if s.ins {
			out.segs = append(out.segs, mapSeg{s.dst, int32(inner.ToSource(int(s.src))), s.n, true})
			continue
		}
		// Split the copied run along inner's segments.
		dst, src, n := s.dst, s.src, s.n
		for n > 0 {
			i := sort.Search(len(inner.segs), func(i int) bool { return inner.segs[i].dst > src }) - 1
			if i < 0 {
				i = 0
			}
			is := inner.segs[i]
			avail := is.dst + is.n - src
			if avail <= 0 || i == len(inner.segs)-1 && avail < n {
				avail = n
			}
			take := min(n, avail)
			if is.ins {
				out.segs = append(out.segs, mapSeg{dst, is.src, take, true})
			} else {
				out.segs = append(out.segs, mapSeg{dst, is.src + (src - is.dst), take, false})
			}
			dst, src, n = dst+take, src+take, n-take
		}
	}
	return out
}

// Builder writes a derived text while recording where each piece came from.
// The zero value is ready to use.
type Builder struct {
	buf  []byte
	segs []mapSeg
}

// Grow reserves room for n more bytes.
func (b *Builder) Grow(n int) {
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), len(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Copy appends src[start:end], recording that it comes from source offset start.
func (b *Builder) Copy(src string, start, end int) {
	if end <= start {
		return
	}
	dst := int32(len(b.buf))
	b.buf = append(b.buf, src[start:end]...)
	n := int32(end - start)
	if k := len(b.segs); k > 0 {
		last := &b.segs[k-1]
		if !last.ins && last.dst+last.n == dst && last.src+last.n == int32(start) {
			last.n += n
			return
		}
	}
	b.segs = append(b.segs, mapSeg{dst, int32(start), n, false})
}

// Insert appends text that has no source of its own; it maps to source offset at.
func (b *Builder) Insert(text string, at int) {
	if text == "" {
		return
	}
	b.segs = append(b.segs, mapSeg{int32(len(b.buf)), int32(at), int32(len(text)), true})
	b.buf = append(b.buf, text...)
}

// Len returns the number of bytes written so far.
func (b *Builder) Len() int { return len(b.buf) }

// LastByte returns the last byte written, or 0.
func (b *Builder) LastByte() byte {
	if len(b.buf) == 0 {
		return 0
	}
	return b.buf[len(b.buf)-1]
}

// TrimTrailing removes trailing bytes in cut from what was written.
func (b *Builder) TrimTrailing(cut string) {
	for len(b.buf) > 0 {
		c := b.buf[len(b.buf)-1]
		found := false
		for i := 0; i < len(cut); i++ {
			if cut[i] == c {
				found = true
				break
			}
		}
		if !found {
			break
		}
		b.truncate(len(b.buf) - 1)
	}
}

func (b *Builder) truncate(n int) {
	b.buf = b.buf[:n]
	for len(b.segs) > 0 {
		last := &b.segs[len(b.segs)-1]
		if int(last.dst) >= n {
			b.segs = b.segs[:len(b.segs)-1]
			continue
		}
		if int(last.dst+last.n) > n {
			last.n = int32(n) - last.dst
		}
		break
	}
}

// Finish returns the derived text and its map.
func (b *Builder) Finish() (string, OffsetMap) {
	return string(b.buf), OffsetMap{segs: b.segs, derivedLen: int32(len(b.buf))}
}
