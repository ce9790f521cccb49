package doc

import "testing"

func TestBuilderMapsBack(t *testing.T) {
	src := "ab  cd|X|ef"
	var b Builder
	b.Copy(src, 0, 2)  // "ab"
	b.Insert(" ", 2)   // one space for two
	b.Copy(src, 4, 6)  // "cd"
	b.Copy(src, 9, 11) // "ef", "|X|" removed
	got, m := b.Finish()
	if got != "ab cdef" {
		t.Fatalf("text = %q", got)
	}
	tests := []struct{ in, want int }{{0, 0}, {1, 1}, {2, 2}, {3, 4}, {4, 5}, {5, 9}, {6, 10}, {7, 11}}
	for _, tt := range tests {
		if g := m.ToSource(tt.in); g != tt.want {
			t.Errorf("ToSource(%d) = %d, want %d", tt.in, g, tt.want)
		}
	}
	if sp := m.SpanToSource(Span{3, 7}); sp != (Span{4, 11}) {
		t.Errorf("SpanToSource = %v", sp)
	}
}

func TestCompose(t *testing.T) {
	// pass 1: "aXbc" -> "abc" (drop X); pass 2: "abc" -> "a bc" (insert space)
	var b1 Builder
	src := "aXbc"
	b1.Copy(src, 0, 1)
	b1.Copy(src, 2, 4)
	mid, m1 := b1.Finish()
	var b2 Builder
	b2.Copy(mid, 0, 1)
	b2.Insert(" ", 1)
	b2.Copy(mid, 1, 3)
	out, m2 := b2.Finish()
	if out != "a bc" {
		t.Fatalf("out = %q", out)
	}
	m := m2.Compose(m1)
	for i, want := range []int{0, 2, 2, 3} {
		if g := m.ToSource(i); g != want {
			t.Errorf("ToSource(%d) = %d, want %d", i, g, want)
		}
	}
	for _, i := range []int{0, 2, 3} {
		if out[i] != src[m.ToSource(i)] {
			t.Errorf("byte %d %q maps to %q", i, out[i], src[m.ToSource(i)])
		}
	}
}

func TestIndexZeroIsNone(t *testing.T) {
	var i Index
	if i.Valid() {
		t.Fatal("zero Index is valid")
	}
	if j := MakeIndex(0); !j.Valid() || j.Get() != 0 {
		t.Fatalf("MakeIndex(0) = %v", j)
	}
}

func TestCheckRejectsOutOfRange(t *testing.T) {
	d := &Doc{Text: "abc", Sents: []Sent{{Span: Span{1, 4}}}}
	if d.Check() == nil {
		t.Fatal("Check accepted a span past the end")
	}
	d.Sents[0].Span = Span{1, 3}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
}
