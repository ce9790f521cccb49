package events_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

func TestDbgE(t *testing.T) {
	text := os.Getenv("DBGE")
	if text == "" {
		t.Skip()
	}
	pub := os.Getenv("DBGP")
	if pub == "" {
		pub = "2024-11-25"
	}
	pt, _ := time.Parse("2006-01-02", pub)
	d := run(t, doc.Meta{Published: pt}, text)
	for _, e := range d.Events {
		fmt.Println(show(d, e))
	}
	for _, a := range d.Actors {
		fmt.Printf("A %q %s\n", a.Span.In(d.Text), a.Name)
	}
	for _, q := range d.Quantities {
		fmt.Printf("Q %q %+v\n", q.Span.In(d.Text), q)
	}
	for _, p := range d.Places {
		fmt.Printf("P %q %s %s\n", p.Span.In(d.Text), p.Name, p.Country)
	}
}
