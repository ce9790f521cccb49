package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

type fake struct {
	name     string
	req, asg []doc.Layer
	ran      *[]string
}

func (f fake) Name() string          { return f.name }
func (f fake) Requires() []doc.Layer { return f.req }
func (f fake) Assigns() []doc.Layer  { return f.asg }
func (f fake) Process(context.Context, *doc.Doc) error {
	*f.ran = append(*f.ran, f.name)
	return nil
}

func TestNewValidates(t *testing.T) {
	var ran []string
	a := fake{"a", nil, []doc.Layer{"x"}, &ran}
	b := fake{"b", []doc.Layer{"x"}, []doc.Layer{"y"}, &ran}
	tests := []struct {
		name   string
		stages []Stage
		err    string
	}{
		{"ok", []Stage{a, b}, ""},
		{"missing requirement", []Stage{b, a}, `stage "b" requires layer "x"`},
		{"duplicate name", []Stage{a, a}, `stage "a" appears twice`},
		{"layer assigned twice", []Stage{a, fake{"c", nil, []doc.Layer{"x"}, &ran}}, `layer "x" assigned by both "a" and "c"`},
	}
	for _, tt := range tests {
		_, err := New(tt.stages...)
		if tt.err == "" {
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
			}
			continue
		}
		if err == nil || !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
		}
	}
}

func TestRunInOrderAndCancel(t *testing.T) {
	var ran []string
	p, err := New(fake{"a", nil, []doc.Layer{"x"}, &ran}, fake{"b", []doc.Layer{"x"}, nil, &ran})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), &doc.Doc{}); err != nil || strings.Join(ran, ",") != "a,b" {
		t.Fatalf("ran %v, err %v", ran, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx, &doc.Doc{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
}

// step is a stage that logs "stage:doc" and fails or panics on the
// documents whose Meta.ID it is told to.
type step struct {
	name        string
	req, asg    []doc.Layer
	fail, panic string
	ran         *[]string
}

func (s step) Name() string          { return s.name }
func (s step) Requires() []doc.Layer { return s.req }
func (s step) Assigns() []doc.Layer  { return s.asg }
func (s step) Process(_ context.Context, d *doc.Doc) error {
	*s.ran = append(*s.ran, s.name+":"+d.Meta.ID)
	switch d.Meta.ID {
	case s.fail:
		return errors.New("broken resource")
	case s.panic:
		panic("a bug in the stage")
	}
	return nil
}

func TestRunBatch(t *testing.T) {
	var ran []string
	p, err := New(
		step{name: "a", asg: []doc.Layer{"x"}, fail: "2", ran: &ran},
		step{name: "b", req: []doc.Layer{"x"}, asg: []doc.Layer{"y"}, panic: "3", ran: &ran},
		step{name: "c", req: []doc.Layer{"y"}, ran: &ran},
	)
	if err != nil {
		t.Fatal(err)
	}
	var ds []*doc.Doc
	for _, id := range []string{"1", "2", "3", "4"} {
		ds = append(ds, doc.New(doc.Meta{ID: id}, "text "+id))
	}
	errs := p.RunBatch(context.Background(), ds)
	// Stage by stage; a document that failed or panicked leaves the batch.
	if got, want := strings.Join(ran, " "), "a:1 a:2 a:3 a:4 b:1 b:3 b:4 c:1 c:4"; got != want {
		t.Errorf("ran %s, want %s", got, want)
	}
	if errs[0] != nil || errs[3] != nil {
		t.Errorf("good documents: %v, %v", errs[0], errs[3])
	}
	if errs[1] == nil || !strings.Contains(errs[1].Error(), "stage a: broken resource") {
		t.Errorf("failing document: %v", errs[1])
	}
	if !errors.Is(errs[2], ErrPanic) || !strings.Contains(errs[2].Error(), "stage b") {
		t.Errorf("panicking document: %v", errs[2])
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for i, err := range p.RunBatch(ctx, ds[:2]) {
		if !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled batch, document %d: %v", i, err)
		}
	}
}
