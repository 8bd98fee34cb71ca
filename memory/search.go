package memory

import (
	"bytes"
	"cmp"
	"context"
	"database/sql"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/qwenkit/qwenkit/chat"
)

// BM25's parameters, the usual ones.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// postingBudget caps the index entries one search reads in one scope.
// Terms are taken rarest first while their entries fit; see the package
// doc.
const postingBudget = 4096

// maxQueryTerms caps the distinct terms of a query that are looked up.
const maxQueryTerms = 64

// Search finds the texts that best match query, ranked by BM25 over the
// query's terms (see the package doc for how very common terms are
// handled), best first, with the places the terms occur. Its cost grows
// with the index entries it reads, at most postingBudget per scope searched.
func (s *SQLite) Search(ctx context.Context, query string, q SearchQuery) ([]Hit, error) {
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: search: %w", s.path, classify(err))
	}
	defer tx.Rollback()
	hits, err := s.search(ctx, tx, query, q, -1)
	if err != nil {
		return nil, fmt.Errorf("memory: %s: search %q: %w", s.path, query, classify(err))
	}
	return hits, nil
}

// target is one index partition a search reads.
type target struct {
	table  string // fts_scope or fts_all
	scope  int64  // for fts_scope: the session's id, or 0 for documents
	size   int    // texts in it: BM25's N
	before int64  // if > 0, only texts with id < before
}

// candidate is a text a search scored: a message, or a document chunk.
type candidate struct {
	id    int64
	score float64
	chunk bool
}

// search runs a search in the read transaction tx. If skipFrom >= 0, the
// messages of q.Session with ID >= skipFrom are left out.
func (s *SQLite) search(ctx context.Context, tx *sql.Tx, query string, q SearchQuery, skipFrom int64) ([]Hit, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	msgs, docs := q.Messages, q.Documents
	if !msgs && !docs {
		msgs, docs = true, q.Session == ""
	}
	wantDocs := docs
	words := queryTerms(query)
	if len(words) > maxQueryTerms {
		words = words[:maxQueryTerms]
	}
	if len(words) == 0 {
		return nil, nil
	}
	var targets []target
	switch {
	case q.Session != "":
		sid, err := sessionKey(ctx, tx, q.Session)
		if err != nil {
			return nil, err
		}
		if msgs {
			t := target{table: "fts_scope", scope: sid}
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq) + 1, 0) FROM messages WHERE session = ?`, sid).Scan(&t.size); err != nil {
				return nil, err
			}
			if skipFrom >= 0 {
				t.before = skipFrom
			}
			targets = append(targets, t)
		}
	case msgs:
		t := target{table: "fts_all"}
		var err error
		if t.size, _, err = ftsStats(ctx, tx, "fts_all"); err != nil {
			return nil, err
		}
		targets = append(targets, t)
		docs = false // fts_all has them
	}
	if docs {
		t := target{table: "fts_scope", scope: 0}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM chunks`).Scan(&t.size); err != nil {
			return nil, err
		}
		targets = append(targets, t)
	}

	var all []candidate
	for _, t := range targets {
		if t.size == 0 {
			continue
		}
		cs, err := s.searchTarget(ctx, tx, t, words, limit, wantDocs)
		if err != nil {
			return nil, err
		}
		all = append(all, cs...)
	}
	sortCandidates(all)

	want := map[string]bool{}
	for _, w := range words {
		want[w] = true
	}
	var hits []Hit
	for _, c := range all {
		if len(hits) == limit {
			break
		}
		var h Hit
		var err error
		if c.chunk {
			h = Hit{Score: c.score, Kind: KindDocument}
			err = tx.QueryRowContext(ctx, `SELECT d.name, c.seq, c.text FROM chunks c JOIN documents d ON d.id = c.document WHERE c.id = ?`,
				c.id).Scan(&h.Document, &h.Seq, &h.Text)
		} else {
			h = Hit{Score: c.score, Kind: KindMessage, Message: c.id}
			var role string
			err = tx.QueryRowContext(ctx, `SELECT s.uid, m.seq, m.role, m.content FROM messages m JOIN sessions s ON s.id = m.session WHERE m.id = ?`,
				c.id).Scan(&h.Session, &h.Seq, &role, &h.Text)
			h.Role = chat.Role(role)
		}
		if err != nil {
			return nil, fmt.Errorf("read hit %d: %w", c.id, err)
		}
		h.Spans = spansOf(h.Text, want)
		hits = append(hits, h)
	}
	return hits, nil
}

// ftsStats reads an FTS4 table's number of texts and of terms from its
// %_stat row: varints, the first two of which are those.
func ftsStats(ctx context.Context, tx *sql.Tx, table string) (docs, terms int, err error) {
	var blob []byte
	err = tx.QueryRowContext(ctx, `SELECT value FROM `+table+`_stat WHERE id = 0`).Scan(&blob)
	if err == sql.ErrNoRows {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	d, n := binary.Uvarint(blob)
	if n <= 0 {
		return 0, 0, fmt.Errorf("%s_stat: bad record", table)
	}
	t, m := binary.Uvarint(blob[n:])
	if m <= 0 {
		return 0, 0, fmt.Errorf("%s_stat: bad record", table)
	}
	return int(d), int(t), nil
}

// ftsQuote makes a term an FTS4 phrase; terms never hold a '"'.
func ftsQuote(t string) string { return `"` + t + `"` }

// searchTarget returns the k best texts of one partition, leaving out
// document chunks unless docs.
//
// Phase 1 runs in SQLite: one single-term full-text query per chosen term
// (each reads that term's posting list, newest first), their texts grouped
// and ordered by the summed IDF of the terms they hold, which is BM25 with
// every tf and length at the average; the best exactCandidates go on.
// Phase 2 scores those exactly, with each term's count in the text and the
// text's length, read from its stored terms.
func (s *SQLite) searchTarget(ctx context.Context, tx *sql.Tx, t target, words []string, k int, docs bool) ([]candidate, error) {
	where := t.table + ` MATCH ?`
	var args []any
	if t.table == "fts_scope" {
		where += ` AND scope = ?`
		args = append(args, t.scope)
	}
	if t.before > 0 {
		where += ` AND docid < ?`
		args = append(args, t.before)
	}

	// Count each term's texts (up to the budget), then choose the rarest
	// terms whose posting lists fit the budget together.
	type term struct {
		word string
		df   int
		idf  float64
	}
	count, err := tx.PrepareContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+t.table+` WHERE `+where+` LIMIT `+fmt.Sprint(postingBudget+1)+`)`)
	if err != nil {
		return nil, err
	}
	defer count.Close()
	terms := make([]term, 0, len(words))
	for _, w := range words {
		n, err := s.cappedCount(ctx, count, t, args, w)
		if err != nil {
			return nil, err
		}
		if n > 0 {
			terms = append(terms, term{word: w, df: n})
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	slices.SortStableFunc(terms, func(a, b term) int { return a.df - b.df })
	used, total := 0, 0
	for used < len(terms) && total+terms[used].df <= postingBudget {
		total += terms[used].df
		used++
	}
	newestOnly := used == 0 // even the rarest term is too common
	if newestOnly {
		used = 1
	}
	terms = terms[:used]
	N := float64(max(t.size, terms[len(terms)-1].df))
	for i := range terms {
		df := float64(terms[i].df)
		terms[i].idf = math.Log(1 + (N-df+0.5)/(df+0.5))
	}

	// Phase 1.
	var q strings.Builder
	var qargs []any
	q.WriteString(`SELECT docid, sum(w) AS ub FROM (`)
	for i, x := range terms {
		if i > 0 {
			q.WriteString(` UNION ALL `)
		}
		q.WriteString(`SELECT docid, ? AS w FROM ` + t.table + ` WHERE ` + where)
		qargs = append(qargs, x.idf, ftsQuote(x.word))
		qargs = append(qargs, args...)
		if newestOnly {
			q.WriteString(` LIMIT ` + fmt.Sprint(postingBudget))
		}
	}
	q.WriteString(`) GROUP BY docid ORDER BY ub DESC, docid DESC LIMIT ?`)
	qargs = append(qargs, exactCandidates)
	rows, err := tx.QueryContext(ctx, q.String(), qargs...)
	if err != nil {
		return nil, err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		var ub float64
		if err := rows.Scan(&id, &ub); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}

	// Phase 2.
	nDocs, nTerms, err := ftsStats(ctx, tx, t.table)
	if err != nil {
		return nil, err
	}
	avgdl := 1.0
	if nDocs > 0 && nTerms > 0 {
		avgdl = float64(nTerms) / float64(nDocs)
	}
	which := make(map[string]int, len(terms)) // a kept term's index in terms
	for i, x := range terms {
		which[x.word] = i
	}
	var in strings.Builder
	inArgs := make([]any, len(ids))
	for i, id := range ids {
		if i > 0 {
			in.WriteByte(',')
		}
		in.WriteByte('?')
		inArgs[i] = id
	}
	rows, err = tx.QueryContext(ctx, `SELECT id, scope, body FROM texts WHERE id IN (`+in.String()+`)`, inArgs...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []candidate
	tf := make([]int, len(terms)) // the kept terms' counts in one text
	var body sql.RawBytes
	for rows.Next() {
		var id, scope int64
		if err := rows.Scan(&id, &scope, &body); err != nil {
			return nil, err
		}
		if scope == 0 && !docs {
			continue // a chunk in fts_all, when only messages were asked for
		}
		clear(tf)
		dl := 0
		for w := range bytes.SplitSeq(body, []byte{' '}) {
			if len(w) == 0 {
				continue
			}
			dl++
			if i, ok := which[string(w)]; ok {
				tf[i]++
			}
		}
		norm := bm25K1 * (1 - bm25B + bm25B*float64(dl)/avgdl)
		score := 0.0
		for i, n := range tf {
			if n > 0 {
				f := float64(n)
				score += terms[i].idf * f * (bm25K1 + 1) / (f + norm)
			}
		}
		out = append(out, candidate{id: id, score: score, chunk: scope == 0})
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sortCandidates(out)
	return out[:min(k, len(out))], nil
}

// exactCandidates is how many texts of a partition phase 2 of a search
// scores exactly.
const exactCandidates = 256

// sortCandidates orders by score, best first, then newest first.
func sortCandidates(cs []candidate) {
	slices.SortFunc(cs, func(a, b candidate) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(b.id, a.id)
	})
}

// cappedCount returns how many texts of t hold word, counting no further
// than postingBudget+1, with count, the prepared counting statement. In a
// partition larger than the budget the count is remembered until the
// partition has grown by a tenth; smaller ones are counted afresh.
func (s *SQLite) cappedCount(ctx context.Context, count *sql.Stmt, t target, args []any, word string) (int, error) {
	remember := t.size > postingBudget && t.before == 0
	key := fmt.Sprintf("%s\x00%d\x00%s", t.table, t.scope, word)
	if remember {
		s.dfMu.Lock()
		e, ok := s.df[key]
		s.dfMu.Unlock()
		if ok && (e.count > postingBudget || t.size <= e.size+e.size/10) {
			return e.count, nil
		}
	}
	var n int
	if err := count.QueryRowContext(ctx, append([]any{ftsQuote(word)}, args...)...).Scan(&n); err != nil {
		return 0, err
	}
	if remember {
		s.dfMu.Lock()
		if len(s.df) >= dfCacheSize {
			clear(s.df)
		}
		s.df[key] = dfEntry{count: n, size: t.size}
		s.dfMu.Unlock()
	}
	return n, nil
}

// dfCacheSize caps the remembered term counts (about 100 bytes each).
const dfCacheSize = 200000

type dfEntry struct{ count, size int }

// spansOf returns where the terms in want occur in text.
func spansOf(text string, want map[string]bool) []Span {
	spans := []Span{}
	chars, at := 0, 0 // chars: the characters before byte at
	pos := func(b int) int {
		if b >= at {
			chars += utf8.RuneCountInString(text[at:b])
		} else { // CJK pairs overlap
			chars -= utf8.RuneCountInString(text[b:at])
		}
		at = b
		return chars
	}
	eachTerm(text, func(t string, sp span) {
		if want[t] {
			start := pos(sp.start)
			spans = append(spans, Span{Start: start, End: pos(sp.end), ByteStart: sp.start, ByteEnd: sp.end})
		}
	})
	return spans
}
