package input

import (
	"fmt"
	"strings"
	"testing"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Syria Direct</title>
<item><title>Death toll mounts as Aleppo air strikes continue</title><link>http://example.org/a</link><guid>tag:a</guid>
<pubDate>Sun, 04 Dec 2016 10:00:00 +0000</pubDate>
<description>&lt;p&gt;Over the course of the last 27 days, some 990 civilians have been killed.&lt;/p&gt;&lt;p&gt;Second paragraph.&lt;/p&gt;</description></item>
<item><title>22 dead in heavy U.S. raids</title><link>http://example.org/b</link></item>
<item><link>http://example.org/c</link></item>
</channel></rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Reports</title>
<entry><title>Shelling in Hama</title><id>urn:x:1</id><updated>2017-04-05T08:00:00Z</updated>
<link href="http://example.org/h"/><content type="html">&lt;p&gt;Shelling killed three civilians in Hama.&lt;/p&gt;</content></entry>
</feed>`

func TestFeeds(t *testing.T) {
	items, err := readAllItems(t, "syria.rss", rssFeed)
	if err != nil || len(items) != 3 {
		t.Fatal(err, len(items))
	}
	a := items[0]
	if a.Err != nil || a.Meta.ID != "tag:a" || a.Meta.Source != "Syria Direct" || a.Meta.Published.Format("2006-01-02") != "2016-12-04" || a.Meta.Format != "feed" ||
		a.Text != "Over the course of the last 27 days, some 990 civilians have been killed.\n\nSecond paragraph." {
		t.Errorf("item 0: %+v", a)
	}
	if b := items[1]; b.Err != nil || b.Text != "22 dead in heavy U.S. raids" || b.Meta.ID != "http://example.org/b" {
		t.Errorf("item 1: %+v", b)
	}
	if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0], "1 items carry only a title") {
		t.Errorf("warnings %v", a.Warnings)
	}
	if c := items[2]; c.Err == nil || !strings.Contains(c.Err.Error(), "syria.rss: item 3: bad input: neither text nor title") {
		t.Errorf("item 2: %+v", c)
	}
	items, err = readAllItems(t, "x.atom", atomFeed)
	if err != nil || len(items) != 1 || items[0].Text != "Shelling killed three civilians in Hama." || items[0].Meta.Published.Format("2006-01-02") != "2017-04-05" || items[0].Meta.URL != "http://example.org/h" {
		t.Fatalf("%v %+v", err, items)
	}
	if _, err := readAllItems(t, "bad.rss", `<?xml version="1.0"?><rss><channel><item><title>x`); err == nil || !strings.Contains(err.Error(), "bad.rss: bad input: not a feed") {
		t.Errorf("broken feed: %v", err)
	}
}

func TestFeedTooManyItems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`)
	for i := range MaxFeedItems + 5 {
		fmt.Fprintf(&b, "<item><title>Item %d</title><guid>%d</guid><description>Clashes in Daraa.</description></item>", i, i)
	}
	b.WriteString("</channel></rss>")
	items, err := readAllItems(t, "big.rss", b.String())
	if err != nil || len(items) != MaxFeedItems {
		t.Fatal(err, len(items))
	}
	if w := items[0].Warnings; len(w) != 1 || !strings.Contains(w[0], "the feed has 10005 items; the first 10000 are read") {
		t.Errorf("warnings %v", w)
	}
}
