package memory

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qwenkit/qwenkit/chat"
)

// refText is a text as the reference BM25 sees it.
type refText struct {
	id    int64
	terms []string
}

// refBM25 ranks texts for query by the textbook Okapi BM25 (k1 1.2, b 0.75,
// IDF ln(1 + (N - df + 0.5)/(df + 0.5))), over the collection coll and with
// the average length avgdl.
func refBM25(query string, coll []refText, avgdl float64) []candidate {
	q := queryTerms(query)
	df := map[string]int{}
	for _, t := range coll {
		seen := map[string]bool{}
		for _, w := range t.terms {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	N := float64(len(coll))
	var out []candidate
	for _, t := range coll {
		tf := map[string]int{}
		for _, w := range t.terms {
			tf[w]++
		}
		score := 0.0
		for _, w := range q {
			if tf[w] == 0 {
				continue
			}
			idf := math.Log(1 + (N-float64(df[w])+0.5)/(float64(df[w])+0.5))
			f := float64(tf[w])
			score += idf * f * 2.2 / (f + 1.2*(0.25+0.75*float64(len(t.terms))/avgdl))
		}
		if score > 0 {
			out = append(out, candidate{id: t.id, score: score})
		}
	}
	sortCandidates(out)
	return out
}

func termsOf(s string) []string {
	var out []string
	eachTerm(s, func(t string, _ span) { out = append(out, t) })
	return out
}

func TestSearchIsBM25(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithChunking(32, 4))
	c := newCorpus(7)
	var all, sessA, chunks []refText
	for _, id := range []string{"a", "b"} {
		mustSession(t, s, id)
		for range 30 {
			var msgs []chat.Message
			for range 2 {
				msgs = append(msgs, chat.Message{Role: chat.User, Content: c.text(3, 30)})
			}
			for _, e := range mustAppend(t, s, id, msgs...) {
				rt := refText{e.ID, termsOf(e.Content)}
				all = append(all, rt)
				if id == "a" {
					sessA = append(sessA, rt)
				}
			}
		}
	}
	if _, err := s.AddDocument(ctx, "doc", c.text(100, 150)+"\n\n"+c.text(100, 150)); err != nil {
		t.Fatal(err)
	}
	rows, err := s.r.Query(`SELECT id, text FROM chunks`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var rt refText
		var text string
		rows.Scan(&rt.id, &text)
		rt.terms = termsOf(text)
		all = append(all, rt)
		chunks = append(chunks, rt)
	}
	rows.Close()
	total := 0
	for _, rt := range all {
		total += len(rt.terms)
	}
	avgdl := float64(total) / float64(len(all))

	compared := 0
	defer func() {
		if compared < 200 {
			t.Errorf("only %d hits compared", compared)
		}
	}()
	for i := range 40 {
		query := c.text(1, 6)
		for _, sc := range []struct {
			q    SearchQuery
			coll []refText
		}{
			{SearchQuery{Limit: 5}, all},
			{SearchQuery{Session: "a", Limit: 5}, sessA},
			{SearchQuery{Documents: true, Limit: 5}, chunks},
		} {
			want := refBM25(query, sc.coll, avgdl)
			hits, err := s.Search(ctx, query, sc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != min(5, len(want)) {
				t.Fatalf("query %d %q %+v: %d hits, want %d", i, query, sc.q, len(hits), min(5, len(want)))
			}
			for j, h := range hits {
				compared++
				id := h.Message
				if h.Kind == KindDocument {
					for _, ch := range chunks {
						if strings.Join(ch.terms, " ") == strings.Join(termsOf(h.Text), " ") {
							id = ch.id
						}
					}
				}
				if math.Abs(h.Score-want[j].score) > 1e-9 || (id != want[j].id && math.Abs(want[j].score-want[min(j+1, len(want)-1)].score) > 1e-9) {
					t.Errorf("query %q %+v hit %d: id %d score %.6f, want id %d score %.6f", query, sc.q, j, id, h.Score, want[j].id, want[j].score)
				}
				if sc.q.Session == "a" && h.Session != "a" {
					t.Errorf("session search found session %q", h.Session)
				}
			}
		}
	}
}

func TestSearchSpans(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustSession(t, s, "s")
	texts := []string{
		"Le café « Élan » ouvre à 8 h; ÉLAN est fermé le lundi.",
		"数据库迁移已经完成，新的数据库更快。",
		"The get_weather tool returned 21°C for Zürich.",
		"nothing to see here",
	}
	for _, x := range texts {
		mustAppend(t, s, "s", assistant(x))
	}
	for _, c := range []struct {
		query string
		want  []string // the text under each span, in order
		text  int
	}{
		{"elan", []string{"Élan", "ÉLAN"}, 0},
		{"数据库", []string{"数据", "据库", "数据", "据库"}, 1},
		{"weather zurich", []string{"weather", "Zürich"}, 2},
		{"GET", []string{"get"}, 2},
	} {
		hits, err := s.Search(ctx, c.query, SearchQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].Text != texts[c.text] || hits[0].Seq != c.text || hits[0].Role != chat.Assistant || hits[0].Session != "s" {
			t.Errorf("%q: hits %+v", c.query, hits)
			continue
		}
		var got []string
		for _, sp := range hits[0].Spans {
			text := hits[0].Text
			got = append(got, text[sp.ByteStart:sp.ByteEnd])
			runes := []rune(text)
			if string(runes[sp.Start:sp.End]) != text[sp.ByteStart:sp.ByteEnd] || utf8.RuneCountInString(text[:sp.ByteStart]) != sp.Start {
				t.Errorf("%q: span %+v: characters and bytes disagree", c.query, sp)
			}
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: spans cover %q, want %q", c.query, got, c.want)
		}
	}
	if hits, _ := s.Search(ctx, "absent words", SearchQuery{}); len(hits) != 0 {
		t.Errorf("absent words found %+v", hits)
	}
	if hits, _ := s.Search(ctx, "  ,.;  ", SearchQuery{}); len(hits) != 0 {
		t.Errorf("a query without words found %+v", hits)
	}
}

// TestSearchBudget checks the rules for terms too common to read whole:
// the rare terms decide, and a query of only common terms sees the newest
// texts that hold its rarest term.
func TestSearchBudget(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t, WithSync(SyncNormal))
	mustSession(t, s, "s")
	n := postingBudget + 500
	var batch []Turn
	for i := range n {
		text := fmt.Sprintf("common words everywhere number%d", i)
		if i%1000 == 7 {
			text += " rare"
		}
		if i%2 == 0 {
			text += " often"
		}
		batch = append(batch, Turn{Session: "s", Messages: []chat.Message{user(text)}})
	}
	if err := s.AppendBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "common rare", SearchQuery{Limit: 20})
	if err != nil {
		t.Fatal(err)
	}
	var seqs []int
	for _, h := range hits {
		seqs = append(seqs, h.Seq)
	}
	sort.Ints(seqs)
	if fmt.Sprint(seqs) != "[7 1007 2007 3007 4007]" {
		t.Errorf("common rare: hits at %v, want the five texts with rare", seqs)
	}
	// Both terms too common: the newest texts holding "often" (rarer than
	// "common"), newest first.
	hits, err = s.Search(ctx, "common often", SearchQuery{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 3 || hits[0].Seq != n-1-(n-1)%2 || hits[1].Seq != hits[0].Seq-2 {
		t.Errorf("common often: %+v", hits)
	}
	// The same in the session's own partition.
	hits, err = s.Search(ctx, "number4095 rare common", SearchQuery{Session: "s", Limit: 1})
	if err != nil || len(hits) != 1 || hits[0].Seq != 4095 {
		t.Errorf("session search: %+v, %v", hits, err)
	}
}

func TestSearchScopes(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	mustSession(t, s, "x")
	mustSession(t, s, "y")
	mustAppend(t, s, "x", user("the lighthouse keeper"))
	mustAppend(t, s, "y", user("a lighthouse in fog"))
	if _, err := s.AddDocument(ctx, "guide", "Lighthouses guide ships. Every lighthouse has a light."); err != nil {
		t.Fatal(err)
	}
	count := func(q SearchQuery) (msgs, docs int) {
		hits, err := s.Search(ctx, "lighthouse", q)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range hits {
			if h.Kind == KindDocument {
				docs++
				if h.Document != "guide" || h.Seq != 0 {
					t.Errorf("document hit %+v", h)
				}
			} else {
				msgs++
			}
		}
		return
	}
	for _, c := range []struct {
		q          SearchQuery
		msgs, docs int
	}{
		{SearchQuery{}, 2, 1},
		{SearchQuery{Messages: true}, 2, 0},
		{SearchQuery{Documents: true}, 0, 1},
		{SearchQuery{Session: "x"}, 1, 0},
		{SearchQuery{Session: "x", Messages: true, Documents: true}, 1, 1},
	} {
		if m, d := count(c.q); m != c.msgs || d != c.docs {
			t.Errorf("%+v: %d messages, %d documents; want %d, %d", c.q, m, d, c.msgs, c.docs)
		}
	}
	if err := s.DeleteDocument(ctx, "guide"); err != nil {
		t.Fatal(err)
	}
	if _, d := count(SearchQuery{}); d != 0 {
		t.Error("a deleted document is still found")
	}
}
