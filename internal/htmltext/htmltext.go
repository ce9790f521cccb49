// Package htmltext turns an HTML page into plain text with paragraph breaks,
// and reads the page's metadata: title, publication date, canonical URL,
// site name and declared charset.
//
// Script, style, navigation, header, footer, aside, form and similar chrome
// are dropped; block elements become paragraph breaks and <br> a line
// break; entities are decoded by the tokenizer. A page that is not valid
// HTML still yields its text: the tokenizer is tolerant by design.
package htmltext

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is the result of Extract.
type Page struct {
	Text      string
	Title     string // og:title, else <title>, else the first <h1>
	Published string // raw value of article:published_time, JSON-LD datePublished, <time datetime>, …
	URL       string // canonical or og:url
	Site      string // og:site_name
	Author    string
	MaxDepth  int // deepest element nesting seen
}

var skip = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Footer: true, atom.Header: true, atom.Aside: true, atom.Form: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true,
	atom.Template: true, atom.Object: true, atom.Canvas: true, atom.Figcaption: true,
	atom.Menu: true, atom.Dialog: true,
}

var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Hr: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Address: true, atom.Body: true, atom.Title: true,
}

// Extract reads the page src.
func Extract(src string) Page {
	var p Page
	var b strings.Builder
	b.Grow(len(src) / 2)
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	depthSkip, depth := 0, 0
	var inTitle, inH1, inLD bool
	var title, h1, ld strings.Builder
	var ogTitle string
	// Breaks and spaces are emitted lazily, before the next text, so the
	// output never starts or ends with them and never stacks them.
	pendingBreak, pendingSpace := 0, false
	brk := func(n int) { pendingBreak = max(pendingBreak, n) }
	write := func(t string) {
		if strings.TrimSpace(t) == "" {
			pendingSpace = true
			return
		}
		if b.Len() > 0 {
			if pendingBreak > 0 {
				b.WriteString("\n\n"[:pendingBreak])
			} else if pendingSpace && !strings.HasPrefix(t, " ") {
				b.WriteByte(' ')
			}
		}
		pendingBreak, pendingSpace = 0, false
		b.WriteString(t)
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			// io.EOF or a malformed page: either way keep what was read.
			if p.Title == "" {
				p.Title = strings.TrimSpace(ogTitle)
			}
			if p.Title == "" {
				p.Title = collapse(title.String())
			}
			if p.Title == "" {
				p.Title = collapse(h1.String())
			}
			p.Text = b.String()
			return p
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, hasAttr := z.TagName()
			a := atom.Lookup(tn)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			if tt == html.StartTagToken && !isVoid(a) {
				depth++
				p.MaxDepth = max(p.MaxDepth, depth)
			}
			switch a {
			case atom.Meta:
				meta(&p, attrs, &ogTitle)
				continue
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && p.URL == "" {
					p.URL = attrs["href"]
				}
				continue
			case atom.Time:
				if p.Published == "" && attrs["datetime"] != "" {
					p.Published = attrs["datetime"]
				}
			case atom.Br:
				if depthSkip == 0 {
					brk(1)
				}
				continue
			case atom.Title:
				inTitle = tt == html.StartTagToken
				continue
			case atom.H1:
				inH1 = true
			case atom.Script:
				if strings.Contains(attrs["type"], "ld+json") {
					inLD = true
				}
			}
			if skip[a] && tt == html.StartTagToken && !isVoid(a) {
				depthSkip++
				continue
			}
			if block[a] && depthSkip == 0 {
				brk(2)
			}
		case html.EndTagToken:
			tn, _ := z.TagName()
			a := atom.Lookup(tn)
			if depth > 0 && !isVoid(a) {
				depth--
			}
			switch a {
			case atom.Title:
				inTitle = false
				continue
			case atom.H1:
				inH1 = false
			case atom.Script:
				if inLD {
					ldMeta(&p, ld.String())
					ld.Reset()
					inLD = false
				}
			}
			if skip[a] && depthSkip > 0 {
				depthSkip--
				continue
			}
			if block[a] && depthSkip == 0 {
				brk(2)
			}
		case html.TextToken:
			t := string(z.Text())
			if inLD {
				ld.WriteString(t)
				continue
			}
			if inTitle {
				title.WriteString(t)
				continue
			}
			if depthSkip > 0 {
				continue
			}
			if inH1 {
				h1.WriteString(t)
			}
			write(t)
		}
	}
}

func isVoid(a atom.Atom) bool {
	switch a {
	case atom.Img, atom.Input, atom.Br, atom.Hr, atom.Meta, atom.Link, atom.Source, atom.Wbr, atom.Embed:
		return true
	}
	return false
}

func meta(p *Page, attrs map[string]string, ogTitle *string) {
	key := strings.ToLower(attrs["property"])
	if key == "" {
		key = strings.ToLower(attrs["name"])
	}
	if key == "" {
		key = strings.ToLower(attrs["itemprop"])
	}
	v := strings.TrimSpace(attrs["content"])
	if v == "" {
		return
	}
	switch key {
	case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time":
		if p.Published == "" {
			p.Published = v
		}
	case "og:title", "twitter:title":
		if *ogTitle == "" {
			*ogTitle = v
		}
	case "og:url":
		if p.URL == "" {
			p.URL = v
		}
	case "og:site_name":
		p.Site = v
	case "author", "article:author":
		if p.Author == "" {
			p.Author = v
		}
	}
}

// ldMeta reads datePublished and headline from a JSON-LD block.
func ldMeta(p *Page, src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var walk func(v any)
	walk = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				walk(e)
			}
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok && p.Published == "" {
				p.Published = s
			}
			if g, ok := t["@graph"]; ok {
				walk(g)
			}
		}
	}
	walk(v)
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
