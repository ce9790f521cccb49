package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver

	"github.com/sitrep-dev/sitrep/internal/record"
)

// migrations are applied in order; the database's user_version says how
// many have been.
var migrations = []string{
	`CREATE TABLE documents (
		id       INTEGER PRIMARY KEY,
		doc      TEXT NOT NULL,
		hash     TEXT NOT NULL UNIQUE,
		ingested TEXT NOT NULL
	);
	CREATE TABLE articles (
		id        INTEGER PRIMARY KEY,
		document  INTEGER NOT NULL REFERENCES documents(id),
		doc       TEXT NOT NULL,
		idx       INTEGER NOT NULL,
		title     TEXT NOT NULL,
		published TEXT,
		record    TEXT NOT NULL,
		UNIQUE (doc, idx)
	);
	CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
	CREATE TABLE reports (
		id         INTEGER PRIMARY KEY,
		article    INTEGER NOT NULL REFERENCES articles(id),
		n          INTEGER NOT NULL,
		type       TEXT NOT NULL,
		subtype    TEXT NOT NULL,
		date_start TEXT,
		date_end   TEXT,
		lat        REAL,
		lon        REAL,
		event      TEXT NOT NULL,
		UNIQUE (article, n)
	);
	CREATE TABLE events (
		id         INTEGER PRIMARY KEY,
		type       TEXT NOT NULL,
		subtype    TEXT NOT NULL,
		date_start TEXT,
		date_end   TEXT,
		actors     TEXT NOT NULL,
		disputed   INTEGER NOT NULL,
		best       INTEGER,
		record     TEXT NOT NULL
	);
	CREATE INDEX events_date ON events (date_start, date_end);
	CREATE VIRTUAL TABLE events_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat);
	CREATE TABLE event_articles (event INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (event, article)) WITHOUT ROWID;`,
	// 2: feeds watched, and the items already taken from them.
	`CREATE TABLE feeds (
		url           TEXT PRIMARY KEY,
		etag          TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		failures      INTEGER NOT NULL DEFAULT 0,
		last_error    TEXT NOT NULL DEFAULT '',
		checked       TEXT NOT NULL DEFAULT ''
	) WITHOUT ROWID;
	CREATE TABLE feed_items (
		feed   TEXT NOT NULL,
		item   TEXT NOT NULL,
		status TEXT NOT NULL,
		seen   TEXT NOT NULL,
		PRIMARY KEY (feed, item)
	) WITHOUT ROWID;`,
	// 3: claims of territorial control, for disputes of fact.
	`CREATE TABLE control_claims (
		id        INTEGER PRIMARY KEY,
		article   INTEGER NOT NULL REFERENCES articles(id),
		place     TEXT NOT NULL,
		area      TEXT NOT NULL,
		holder    TEXT NOT NULL,
		value     REAL NOT NULL,
		published TEXT,
		record    TEXT NOT NULL
	);
	CREATE INDEX control_claims_key ON control_claims (place, area, holder);`,
	// 4: space and time in one R*Tree, for the map's time + box queries
	// (days since 1970: exact in the R*Tree's 32-bit floats).
	`CREATE VIRTUAL TABLE events_st USING rtree (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);
	INSERT INTO events_st SELECT e.id, r.min_lon, r.max_lon, r.min_lat, r.max_lat,
		julianday(e.date_start) - 2440587.5, julianday(e.date_end) - 2440587.5
		FROM events e JOIN events_rtree r ON r.id = e.id WHERE e.date_start IS NOT NULL AND e.date_end IS NOT NULL;`,
	// 5: reconciliation by bucket (type and country: reports of different
	// buckets are never merged), and how far it has got.
	`ALTER TABLE reports ADD COLUMN country TEXT NOT NULL DEFAULT '';
	UPDATE reports SET country = coalesce(json_extract(event, '$.place.country'), '');
	CREATE INDEX reports_bucket ON reports (type, country);
	ALTER TABLE events ADD COLUMN bucket TEXT NOT NULL DEFAULT '';
	CREATE INDEX events_bucket ON events (bucket);
	CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;`,
}

// SQLite is the embedded store.
type SQLite struct {
	db *sql.DB
}

// Open opens (creating and migrating as needed) the SQLite store at path.
func Open(path string) (*SQLite, error) {
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer; SQLite serializes anyway
	s := &SQLite{db: db}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func (s *SQLite) migrate() error {
	var v int
	if err := s.db.QueryRow(`PRAGMA user_version`).Scan(&v); err != nil {
		return err
	}
	for ; v < len(migrations); v++ {
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", v+1, err)
		}
		if _, err := tx.Exec(fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// FactDisputes returns the claims of territorial control that reports
// make differently of one area, holder and place within three days of each
// other, each value with who claims it.
func (s *SQLite) FactDisputes(ctx context.Context, from, to string) ([]FactDispute, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT c.place, c.area, c.holder, c.value, coalesce(c.published, ''), c.record, a.doc, a.idx
		FROM control_claims c JOIN articles a ON a.id = c.article
		WHERE c.place != '' AND (? = '' OR coalesce(c.published, '') >= ?) AND (? = '' OR coalesce(c.published, '') <= ?)
		ORDER BY c.place, c.area, c.holder, coalesce(c.published, ''), a.doc, a.idx`, from, from, to, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type row struct {
		key   [3]string
		value float64
		claim FactClaim
	}
	var all []row
	for rows.Next() {
		var r row
		var rec string
		if err := rows.Scan(&r.key[0], &r.key[1], &r.key[2], &r.value, &r.claim.Published, &rec, &r.claim.Doc, &r.claim.Article); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(rec), &r.claim.Control); err != nil {
			return nil, err
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []FactDispute
	flush := func(group []row) {
		values := map[float64]bool{}
		for _, r := range group {
			values[r.value] = true
		}
		if len(values) < 2 {
			return
		}
		first := group[0].claim.Control
		fd := FactDispute{Kind: "territorial control", Area: first.Area, Holder: first.Holder, Place: first.Place}
		for _, r := range group {
			fd.Claims = append(fd.Claims, r.claim)
		}
		out = append(out, fd)
	}
	var group []row
	for _, r := range all {
		if len(group) > 0 && (r.key != group[0].key || !withinDays(group[len(group)-1].claim.Published, r.claim.Published, 3)) {
			flush(group)
			group = group[:0]
		}
		group = append(group, r)
	}
	if len(group) > 0 {
		flush(group)
	}
	return out, nil
}

func withinDays(a, b string, n int) bool {
	ta, err1 := time.Parse(time.DateOnly, a)
	tb, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return true // undated claims go with their neighbours
	}
	d := tb.Sub(ta)
	if d < 0 {
		d = -d
	}
	return d <= time.Duration(n)*24*time.Hour
}

// Stored reports whether a document with this Hash is stored.
func (s *SQLite) Stored(ctx context.Context, hash string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE hash = ?`, hash).Scan(&n)
	return n > 0, err
}

// Feed returns what is known of a watched feed (its zero state if new).
func (s *SQLite) Feed(ctx context.Context, url string) (FeedState, error) {
	f := FeedState{URL: url}
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified, failures, last_error, checked FROM feeds WHERE url = ?`, url).
		Scan(&f.ETag, &f.LastModified, &f.Failures, &f.LastError, &f.Checked)
	if errors.Is(err, sql.ErrNoRows) {
		return f, nil
	}
	return f, err
}

// SaveFeed records a feed's state after a poll.
func (s *SQLite) SaveFeed(ctx context.Context, f FeedState) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feeds (url, etag, last_modified, failures, last_error, checked) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, failures = excluded.failures,
		last_error = excluded.last_error, checked = excluded.checked`,
		f.URL, f.ETag, f.LastModified, f.Failures, f.LastError, f.Checked)
	return err
}

// ItemSeen reports whether a feed's item was taken before.
func (s *SQLite) ItemSeen(ctx context.Context, feed, item string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_items WHERE feed = ? AND item = ?`, feed, item).Scan(&n)
	return n > 0, err
}

// MarkItem records that a feed's item was taken, and how it went.
func (s *SQLite) MarkItem(ctx context.Context, feed, item, status string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO feed_items (feed, item, status, seen) VALUES (?, ?, ?, ?)
		ON CONFLICT (feed, item) DO UPDATE SET status = excluded.status, seen = excluded.seen`,
		feed, item, status, time.Now().UTC().Format(time.RFC3339))
	return err
}

// Close closes the store.
func (s *SQLite) Close() error { return s.db.Close() }

// Add stores documents in one transaction, skipping those already stored.
func (s *SQLite) Add(ctx context.Context, docs []Document) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(time.RFC3339)
	added := 0
	for _, d := range docs {
		res, err := tx.ExecContext(ctx, `INSERT INTO documents (doc, hash, ingested) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING`, d.Doc, Hash(d.Text), now)
		if err != nil {
			return 0, err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // stored before
		}
		docID, err := res.LastInsertId()
		if err != nil {
			return 0, err
		}
		added++
		for _, a := range d.Articles {
			// Two documents with one id (two dumps) keep both: the later
			// one's articles get a suffixed doc id.
			docName := a.Doc
			var taken int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE doc = ? AND idx = ?`, docName, a.Article).Scan(&taken); err != nil {
				return 0, err
			}
			if taken > 0 {
				docName = fmt.Sprintf("%s#%d", a.Doc, docID)
				a.Doc = docName
			}
			rec, err := json.Marshal(a)
			if err != nil {
				return 0, err
			}
			var pub any
			if a.Published != nil {
				pub = *a.Published
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO articles (document, doc, idx, title, published, record) VALUES (?, ?, ?, ?, ?, ?)`,
				docID, docName, a.Article, a.Title, pub, string(rec))
			if err != nil {
				return 0, err
			}
			artID, _ := res.LastInsertId()
			if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`, artID, a.Title, a.Text); err != nil {
				return 0, err
			}
			for _, c := range a.Control {
				rec, err := json.Marshal(c)
				if err != nil {
					return 0, err
				}
				place := ""
				if c.Place != nil {
					place = c.Place.ID
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO control_claims (article, place, area, holder, value, published, record) VALUES (?, ?, ?, ?, ?, ?, ?)`,
					artID, place, AreaKey(c.Area), c.Holder, c.Value, pub, string(rec)); err != nil {
					return 0, err
				}
			}
			for n, e := range a.Events {
				ev, err := json.Marshal(e)
				if err != nil {
					return 0, err
				}
				var ds, de, lat, lon any
				if e.Date != nil {
					ds, de = e.Date.Start, e.Date.End
				}
				if e.Place != nil {
					lat, lon = e.Place.Lat, e.Place.Lon
				}
				country := ""
				if e.Place != nil {
					country = e.Place.Country
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO reports (article, n, type, subtype, date_start, date_end, lat, lon, country, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
					artID, n, e.Type, e.Subtype, ds, de, lat, lon, country, string(ev)); err != nil {
					return 0, err
				}
			}
		}
	}
	return added, tx.Commit()
}

// Article returns a stored article record.
func (s *SQLite) Article(ctx context.Context, doc string, article int) (record.Article, bool, error) {
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT record FROM articles WHERE doc = ? AND idx = ?`, doc, article).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return record.Article{}, false, nil
	}
	if err != nil {
		return record.Article{}, false, err
	}
	var a record.Article
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		return record.Article{}, false, err
	}
	return a, true, nil
}

// Stats counts what is stored.
func (s *SQLite) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents), (SELECT count(*) FROM articles), (SELECT count(*) FROM reports),
		(SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE disputed)`).
		Scan(&st.Documents, &st.Articles, &st.Reports, &st.Events, &st.Disputed)
	return st, err
}

// Events returns reconciled events matching q, newest first, and the
// number that match.
func (s *SQLite) Events(ctx context.Context, q Query) ([]Event, int, error) {
	var where []string
	var args []any
	if q.From != "" {
		where = append(where, `e.date_end >= ?`)
		args = append(args, q.From)
	}
	if q.To != "" {
		where = append(where, `e.date_start <= ?`)
		args = append(args, q.To)
	}
	if q.Type != "" {
		where = append(where, `(e.type = ? OR e.subtype = ?)`)
		args = append(args, q.Type, q.Type)
	}
	if q.Actor != "" {
		where = append(where, `e.actors LIKE ?`)
		args = append(args, "%"+strings.ReplaceAll(strings.ReplaceAll(q.Actor, "%", ""), "_", "")+"%")
	}
	if q.Disputed {
		where = append(where, `e.disputed`)
	}
	// A box with dates is one R*Tree search over space and time, which
	// then drives the query (the CROSS JOIN keeps SQLite from starting at
	// the date index); a box alone searches the space-only tree.
	from := `events e`
	var fromArgs []any
	fromDay, fromOK := dayNumber(q.From)
	toDay, toOK := dayNumber(q.To)
	switch {
	case q.BBox != nil && (fromOK || toOK):
		if !fromOK {
			fromDay = -1e7
		}
		if !toOK {
			toDay = 1e7
		}
		from = `(SELECT id FROM events_st WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ? AND max_day >= ? AND min_day <= ?) st CROSS JOIN events e ON e.id = st.id`
		fromArgs = []any{q.BBox[0], q.BBox[2], q.BBox[1], q.BBox[3], fromDay, toDay}
	case q.BBox != nil:
		where = append(where, `e.id IN (SELECT id FROM events_rtree WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?)`)
		args = append(args, q.BBox[0], q.BBox[2], q.BBox[1], q.BBox[3])
	}
	if q.Text != "" {
		where = append(where, `e.id IN (SELECT ea.event FROM event_articles ea WHERE ea.article IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`)
		args = append(args, ftsQuery(q.Text))
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	args = append(fromArgs, args...)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+from+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	limit := q.Limit
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.record FROM `+from+cond+` ORDER BY e.date_start DESC, e.id LIMIT ? OFFSET ?`, append(args, limit, max(q.Offset, 0))...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, 0, err
		}
		var e Event
		if err := json.Unmarshal([]byte(raw), &e); err != nil {
			return nil, 0, err
		}
		out = append(out, e)
	}
	return out, total, rows.Err()
}

// dayNumber is an ISO date as days since 1970-01-01.
func dayNumber(iso string) (float64, bool) {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return 0, false
	}
	return float64(t.Unix() / 86400), true
}

// ftsQuery quotes each word of a user's search, so that no FTS5 syntax
// in it can fail or surprise: all the words must occur.
func ftsQuery(text string) string {
	var parts []string
	for _, w := range strings.Fields(text) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

// Event returns one reconciled event.
func (s *SQLite) Event(ctx context.Context, id int64) (Event, bool, error) {
	var raw string
	err := s.db.QueryRowContext(ctx, `SELECT record FROM events WHERE id = ?`, id).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return Event{}, false, nil
	}
	if err != nil {
		return Event{}, false, err
	}
	var e Event
	err = json.Unmarshal([]byte(raw), &e)
	return e, err == nil, err
}
