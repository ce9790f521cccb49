// Package lexicon loads the word lists that stages share: abbreviations and
// sentence starters. The lists are data files embedded in the binary; this
// package only parses them.
package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:embed data
var files embed.FS

// AbbrevClass says how a full stop after an abbreviation behaves.
type AbbrevClass uint8

// Abbreviation classes; see data/abbreviations.tsv.
const (
	NotAbbrev AbbrevClass = iota
	Title
	Month
	Ordinal
	Direction
	Other
)

var (
	once     sync.Once
	abbrevs  map[string]AbbrevClass
	starters map[string]bool
	loadErr  error
)

func load() {
	abbrevs = map[string]AbbrevClass{}
	starters = map[string]bool{}
	classes := map[string]AbbrevClass{"title": Title, "month": Month, "ordinal": Ordinal, "direction": Direction, "other": Other}
	loadErr = Lines("abbreviations.tsv", func(line int, fields []string) error {
		if len(fields) != 2 {
			return fmt.Errorf("want 2 columns, got %d", len(fields))
		}
		c, ok := classes[fields[1]]
		if !ok {
			return fmt.Errorf("unknown class %q", fields[1])
		}
		abbrevs[strings.ToLower(fields[0])] = c
		return nil
	})
	if loadErr != nil {
		return
	}
	loadErr = Lines("sentence-starters.txt", func(line int, fields []string) error {
		starters[fields[0]] = true
		return nil
	})
}

// Lines calls fn for every non-blank, non-comment line of the embedded data
// file name, split on tabs. Errors are wrapped with the file and line.
func Lines(name string, fn func(line int, fields []string) error) error {
	f, err := files.Open("data/" + name)
	if err != nil {
		return err
	}
	defer f.Close()
	return ScanLines(name, f, fn)
}

// ScanLines is Lines over any reader.
func ScanLines(name string, r io.Reader, fn func(line int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		if err := fn(n, strings.Split(t, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func mustLoad() {
	once.Do(load)
	if loadErr != nil {
		// The files are embedded and tested; a broken one is a build defect.
		panic("lexicon: " + loadErr.Error())
	}
}

// Abbrev returns the class of word (without its final stop), matched
// case-insensitively; NotAbbrev if it is not listed.
func Abbrev(word string) AbbrevClass {
	mustLoad()
	if c, ok := abbrevs[word]; ok {
		return c
	}
	if len(word) <= 8 {
		var buf [8]byte
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return abbrevs[string(buf[:len(word)])]
	}
	return NotAbbrev
}

// SentenceStarter reports whether word commonly begins a sentence.
func SentenceStarter(word string) bool {
	mustLoad()
	return starters[word]
}
