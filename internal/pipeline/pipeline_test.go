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
