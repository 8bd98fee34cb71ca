package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"iter"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func TestSplitTokens(t *testing.T) {
	tok := qwenTokenizer(t)
	var lines []string
	for i := range 40 {
		lines = append(lines, strings.Repeat("word ", i%7+1)+"end.")
	}
	for _, text := range []string{
		strings.Join(lines, "\n"),
		strings.Repeat("日本語のテキスト", 60), // no spaces: cut between characters
		strings.Repeat("x", 3000),
	} {
		for _, n := range []int{16, 50} {
			chunks := splitTokens(tok, text, n)
			if strings.Join(chunks, "") != text {
				t.Fatalf("n=%d: chunks do not join to the text", n)
			}
			if len(chunks) < 2 {
				t.Fatalf("n=%d: %d chunks of a %d-token text", n, len(chunks), len(tok.Encode(text)))
			}
			for i, c := range chunks {
				if !utf8.ValidString(c) || c == "" {
					t.Fatalf("n=%d: chunk %d %q is empty or splits a character", n, i, c)
				}
				// Each chunk is a run of at most n of the text's tokens;
				// encoded alone it may differ only at its ends.
				if k := len(tok.Encode(c)); k > n+1 {
					t.Fatalf("n=%d: chunk %d is %d tokens", n, i, k)
				}
				if !strings.Contains(text, "\n") || i+1 == len(chunks) {
					continue
				}
				// Lines are at most 10 tokens: a line break always falls in
				// a 50-token chunk's last quarter, a space in a 16-token one's.
				sep := map[int]string{50: "\n", 16: " "}[n]
				if !strings.HasSuffix(c, sep) && !strings.HasPrefix(chunks[i+1], sep) && !strings.HasSuffix(c, "\n") {
					t.Errorf("n=%d: chunk %d ends %q, next starts %q: not cut at %q", n, i, c[max(0, len(c)-10):], chunks[i+1][:min(10, len(chunks[i+1]))], sep)
				}
			}
		}
	}
	if c := splitTokens(tok, "short text", 50); len(c) != 1 || c[0] != "short text" {
		t.Fatalf("%q", c)
	}
}

func TestMergeValues(t *testing.T) {
	parse := func(s string) any {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, c := range []struct{ a, b, want string }{
		{`{"a": 1, "items": [1, 2]}`, `{"b": "x", "items": [2, 3]}`, `{"a": 1, "b": "x", "items": [1, 2, 3]}`},
		{`{"name": null}`, `{"name": "Ada"}`, `{"name": "Ada"}`},
		{`{"name": "Ada"}`, `{"name": "Bob"}`, `{"name": "Ada"}`},
		{`{"o": {"x": [{"k": 1}]}}`, `{"o": {"x": [{"k": 1}, {"k": 2}], "y": true}}`, `{"o": {"x": [{"k": 1}, {"k": 2}], "y": true}}`},
		{`[1]`, `{"a": 1}`, `[1]`},
		{`null`, `[1]`, `[1]`},
	} {
		if got := mergeValues(parse(c.a), parse(c.b)); !reflect.DeepEqual(got, parse(c.want)) {
			t.Errorf("merge %s %s = %v, want %s", c.a, c.b, got, c.want)
		}
	}
}

// chunkEngine answers each extraction with the words of its document that
// start with a capital letter, as {"names": [...], "first": <first one>}.
type chunkEngine struct {
	mu   sync.Mutex
	docs []string
}

func (e *chunkEngine) Chat(ctx context.Context, req Request) iter.Seq2[Event, error] {
	doc := req.Messages[len(req.Messages)-1].Content
	e.mu.Lock()
	e.docs = append(e.docs, doc)
	e.mu.Unlock()
	names := []string{}
	for _, w := range strings.Fields(doc) {
		if w[0] >= 'A' && w[0] <= 'Z' && !slices.Contains(names, strings.Trim(w, ".,")) {
			names = append(names, strings.Trim(w, ".,"))
		}
	}
	out, _ := json.Marshal(map[string]any{"names": names, "first": names[0]})
	return func(yield func(Event, error) bool) {
		if yield(Event{Kind: TextEvent, Text: string(out)}, nil) {
			yield(Event{Kind: DoneEvent, Done: &Done{Reason: FinishStop}}, nil)
		}
	}
}

func TestExtractChunks(t *testing.T) {
	type people struct {
		Names []string `json:"names"`
		First string   `json:"first"`
	}
	doc := "Ada met Bob at noon.\nBob and Cy went home.\nDee waited for Ada.\nEve came later with Cy.\n"
	e := &chunkEngine{}
	got, err := Extract[people](context.Background(), e, "List the names.", doc, WithChunks(8))
	if err != nil {
		t.Fatal(err)
	}
	if len(e.docs) < 3 || strings.Join(e.docs, "") != doc {
		t.Fatalf("chunks %q", e.docs)
	}
	if want := (people{Names: []string{"Ada", "Bob", "Cy", "Dee", "Eve"}, First: "Ada"}); !reflect.DeepEqual(got, want) {
		t.Fatalf("merged %+v, want %+v", got, want)
	}
	// A merge that breaks the schema (maxItems) is an ExtractError.
	raw := json.RawMessage(`{"type": "object", "properties": {"names": {"type": "array", "items": {"type": "string"}, "maxItems": 3}, "first": {"type": "string"}}, "required": ["names", "first"]}`)
	_, err = ExtractJSON(context.Background(), &chunkEngine{}, "List the names.", doc, raw, WithChunks(8))
	var ee *ExtractError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "merged") {
		t.Fatalf("got %v", err)
	}
}

// A document too long for the context window is a clear error naming
// WithChunks; with chunks, the same document is extracted (on the default
// model: every chunk's value valid, the merge valid).
func TestExtractLongDocument(t *testing.T) {
	l, err := Open(synthQwen(t), WithContext(400))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	type items struct {
		Items []string `json:"items" jsonschema:"maxItems=2"`
	}
	doc := strings.Repeat("A line of a long document about bolts and nuts.\n", 60)
	opts := []RequestOption{WithMaxTokens(60), WithSampling(Sampling{Temperature: 1, Seed: 3})}
	_, err = Extract[items](context.Background(), l, "List the items.", doc, opts...)
	if !errors.Is(err, ErrContextOverflow) || !strings.Contains(err.Error(), "WithChunks") {
		t.Fatalf("long document: %v", err)
	}
	raw := json.RawMessage(`{"type": "object", "properties": {"topic": {"type": "string", "maxLength": 12}, "count": {"type": "integer", "minimum": 0, "maximum": 9}}, "required": ["topic", "count"], "additionalProperties": false}`)
	out, err := ExtractJSON(context.Background(), l, "Name the topic.", doc, raw, append(opts, WithChunks(200))...)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Topic *string `json:"topic"`
		Count *int    `json:"count"`
	}
	if err := json.Unmarshal(out, &v); err != nil || v.Topic == nil || v.Count == nil || *v.Count > 9 {
		t.Fatalf("%s: %v", out, err)
	}
}

// FuzzSplitTokens: the chunks of any text spell its tokens' bytes in order,
// and chunks of valid UTF-8 text never split a character.
func FuzzSplitTokens(f *testing.F) {
	for _, s := range []string{"a b c\nd e f\n", "日本語のテキスト", "😀😀😀 x", "\xff\xfe abc"} {
		f.Add(s, 2)
	}
	tok := qwenTokenizer(f)
	f.Fuzz(func(t *testing.T, text string, n int) {
		if n < 1 || n > 64 || len(text) > 2000 {
			return
		}
		chunks := splitTokens(tok, text, n)
		var want []byte
		for _, id := range tok.Encode(text) {
			want = append(want, tok.TokenBytes(id)...)
		}
		if len(chunks) == 1 {
			if chunks[0] != text {
				t.Fatalf("one chunk %q of %q", chunks[0], text)
			}
			return
		}
		if got := strings.Join(chunks, ""); got != string(want) {
			t.Fatalf("chunks join to %q, tokens spell %q", got, want)
		}
		for i, c := range chunks {
			if c == "" || (utf8.ValidString(text) && !utf8.ValidString(c)) {
				t.Fatalf("n=%d: chunk %d %q empty or splits a character", n, i, c)
			}
		}
	})
}
