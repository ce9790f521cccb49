// Package fetch gets feeds and pages over HTTP for `sitrep watch`, safely:
// URLs in a feed are written by whoever controls the feed, so every
// request has a timeout, a size cap and a redirect limit, states who is
// asking, checks what it got, and — unless the user allows it — never
// connects to loopback, link-local, private or otherwise internal
// addresses, whatever a name resolves to and wherever a redirect points.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Options configure a Client. Zero fields take the defaults.
type Options struct {
	AllowPrivate bool          // allow loopback, private and link-local addresses
	Timeout      time.Duration // whole request, body included (default 30 s)
	MaxBytes     int64         // body cap, after decompression (default 16 MB)
	MaxRedirects int           // default 5
	UserAgent    string
}

// DefaultUserAgent names sitrep to the servers it reads.
const DefaultUserAgent = "sitrep/0.1 (conflict-event extraction; +https://github.com/sitrep-dev/sitrep)"

// Client fetches with the limits of its Options.
type Client struct {
	opt Options
	hc  *http.Client
}

// ErrRefused marks a request refused before connecting: a private address
// or a scheme other than http and https.
var ErrRefused = errors.New("refused")

// New returns a Client.
func New(opt Options) *Client {
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = 16 << 20
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	c := &Client{opt: opt}
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		// Checked on the address actually dialled, after resolution, so a
		// public name that resolves to 127.0.0.1 is refused too.
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil {
				return err
			}
			if !Public(ip) {
				return fmt.Errorf("%w: %s is not a public address (use --allow-private to allow it)", ErrRefused, ip)
			}
			return nil
		}
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and bypass the check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: 20 * time.Second,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
	}
	c.hc = &http.Client{
		Transport: tr,
		Timeout:   opt.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return fmt.Errorf("more than %d redirects", opt.MaxRedirects)
			}
			return checkURL(req.URL)
		},
	}
	return c
}

// Public reports whether ip is an address on the public internet.
func Public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, p := range internal {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// Ranges that are not public beyond what netip classifies.
var internal = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),      // "this network"
	netip.MustParsePrefix("100.64.0.0/10"),  // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),   // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"),  // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),    // reserved
	netip.MustParsePrefix("64:ff9b:1::/48"), // local-use NAT64
	netip.MustParsePrefix("2001:db8::/32"),  // documentation
}

func checkURL(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: scheme %q (only http and https)", ErrRefused, u.Scheme)
	}
	if u.User != nil {
		return fmt.Errorf("%w: credentials in the URL", ErrRefused)
	}
	return nil
}

// Conditional carries the validators of a previous response.
type Conditional struct {
	ETag         string
	LastModified string
}

// Response is a fetched body with its validators.
type Response struct {
	URL         string // after redirects
	Status      int
	NotModified bool
	ContentType string
	Body        []byte
	Validators  Conditional
}

// Kind is what a request expects, for the content-type check.
type Kind int

// Kinds of content.
const (
	Feed Kind = iota // RSS, Atom, JSON Feed
	Page             // an HTML or text page
	Any              // a feed, a page or a dump
)

var accepted = map[Kind][]string{
	Feed: {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json", "application/json", "text/plain", "text/html"},
	Page: {"text/html", "application/xhtml+xml", "text/plain"},
	Any: {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml", "application/feed+json",
		"application/json", "text/plain", "text/html", "application/xhtml+xml", "text/csv", "application/x-ndjson", "application/jsonl", "application/octet-stream"},
}

// Get fetches rawURL. A response over the size cap, of an unexpected
// type, or with an error status is an error; 304 Not Modified is not.
func (c *Client) Get(ctx context.Context, rawURL string, kind Kind, cond Conditional) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	if err := checkURL(u); err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	if kind == Feed {
		req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
	} else {
		req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.1")
	}
	if cond.ETag != "" {
		req.Header.Set("If-None-Match", cond.ETag)
	}
	if cond.LastModified != "" {
		req.Header.Set("If-Modified-Since", cond.LastModified)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, unwrapURLError(err))
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Validators: Conditional{
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"),
	}}
	if resp.StatusCode == http.StatusNotModified {
		out.NotModified = true
		out.Validators = cond
		return out, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %s", rawURL, resp.Status)
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	out.ContentType = mt
	if mt != "" && !typeOK(kind, mt) {
		return nil, fmt.Errorf("%s: content type %q is not a %s", rawURL, mt, map[Kind]string{Feed: "feed", Page: "page", Any: "feed, page or dump"}[kind])
	}
	if resp.ContentLength > c.opt.MaxBytes {
		return nil, fmt.Errorf("%s: %d bytes, over the %d MB cap", rawURL, resp.ContentLength, c.opt.MaxBytes>>20)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rawURL, unwrapURLError(err))
	}
	if int64(len(body)) > c.opt.MaxBytes {
		return nil, fmt.Errorf("%s: the body is over the %d MB cap", rawURL, c.opt.MaxBytes>>20)
	}
	out.Body = body
	return out, nil
}

func typeOK(k Kind, mt string) bool {
	for _, a := range accepted[k] {
		if a == mt {
			return true
		}
	}
	return k != Page && strings.HasSuffix(mt, "+xml")
}

// unwrapURLError drops net/http's repetition of method and URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
