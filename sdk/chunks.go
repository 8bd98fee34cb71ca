package sdk

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/schema"
)

// WithChunks makes Extract process a long document in pieces: the document
// is split into chunks of at most n tokens (cut before a newline or a space
// when one falls in the chunk's last quarter, never inside a character), a
// value is extracted from each chunk in turn (one request each, with the same
// instructions), and the values are merged into one:
//
//   - two objects merge key by key: a key only one of them has is kept, a
//     key both have merges its two values by these rules;
//   - two arrays are concatenated, leaving out items equal to one already
//     there (so a list of line items collects the items of every chunk);
//   - anything else (strings, numbers, booleans, or values of different
//     types) keeps the earlier chunk's value, unless it is null.
//
// The merged value is validated against the schema again: a merge that
// breaks it (more items than maxItems, say) is an *ExtractError. A document
// of at most n tokens is one request, as without chunks. Tokens are counted
// with the engine's tokenizer when it has one (the local engine's
// Tokenizer), else with Qwen2.5's. n must leave room in the context window
// for the instructions, the schema and the reply.
func WithChunks(n int) RequestOption { return func(c *extractConfig) { c.chunkTokens = n } }

// tokenized is an engine that can say how it counts tokens (*Local).
type tokenized interface {
	Tokenizer() *tokenizer.Tokenizer
}

func extractChunks(ctx context.Context, e Engine, instructions, document string, raw json.RawMessage, v *schema.Validator, cfg extractConfig) (json.RawMessage, error) {
	var tok *tokenizer.Tokenizer
	if t, ok := e.(tokenized); ok {
		tok = t.Tokenizer()
	}
	if tok == nil {
		var err error
		if tok, err = tokenizer.Qwen25(); err != nil {
			return nil, fmt.Errorf("sdk: extract: counting tokens: %w", err)
		}
	}
	chunks := splitTokens(tok, document, cfg.chunkTokens)
	var merged any
	for i, c := range chunks {
		out, err := extractOne(ctx, e, instructions, c, raw, v, cfg.req)
		if err != nil {
			return nil, fmt.Errorf("sdk: extract: chunk %d of %d: %w", i+1, len(chunks), err)
		}
		if len(chunks) == 1 {
			return out, nil
		}
		var val any
		if err := json.Unmarshal(out, &val); err != nil {
			return nil, fmt.Errorf("sdk: extract: chunk %d of %d: %w", i+1, len(chunks), err)
		}
		if i == 0 {
			merged = val
		} else {
			merged = mergeValues(merged, val)
		}
	}
	out, err := json.Marshal(merged)
	if err != nil {
		return nil, fmt.Errorf("sdk: extract: merging chunks: %w", err)
	}
	if err := v.Validate(out); err != nil {
		return nil, &ExtractError{Text: string(out), Reason: FinishStop, Err: fmt.Errorf("the merged value of %d chunks: %w", len(chunks), err)}
	}
	return out, nil
}

// splitTokens cuts text into pieces of at most n tokens (see WithChunks).
// The pieces, joined, spell the text (in Unicode NFC, as the tokenizer
// reads it). Cost: one encoding of the text.
func splitTokens(tok *tokenizer.Tokenizer, text string, n int) []string {
	ids := tok.Encode(text)
	if len(ids) <= n || n <= 0 {
		return []string{text}
	}
	var chunks []string
	for start := 0; start < len(ids); {
		end := min(start+n, len(ids))
		if end < len(ids) {
			end = cutPoint(tok, ids, start, end)
		}
		var b []byte
		for _, id := range ids[start:end] {
			b = append(b, tok.TokenBytes(id)...)
		}
		chunks = append(chunks, string(b))
		start = end
	}
	return chunks
}

// cutPoint returns where to end the chunk ids[start:end], end < len(ids):
// at a line break (after a token ending with one, or before one starting
// with one) in the last quarter, else likewise at a space, else at end moved
// back so that no character is split (or, when the whole chunk is part of
// one character, forward past it).
func cutPoint(tok *tokenizer.Tokenizer, ids []int, start, end int) int {
	lo := end - (end-start)/4
	for _, sep := range []byte{'\n', ' '} {
		for i := end; i > lo && i > start+1; i-- {
			prev, next := tok.TokenBytes(ids[i-1]), tok.TokenBytes(ids[i])
			if (len(prev) > 0 && prev[len(prev)-1] == sep) || (len(next) > 0 && next[0] == sep) {
				return i
			}
		}
	}
	starts := func(i int) bool { // ids[i] begins a character
		b := tok.TokenBytes(ids[i])
		return len(b) > 0 && b[0]&0xC0 != 0x80
	}
	for i := end; i > start; i-- {
		if starts(i) {
			return i
		}
	}
	// The chunk is one character's pieces: end it after the character.
	for i := end + 1; i < len(ids); i++ {
		if starts(i) {
			return i
		}
	}
	return len(ids)
}

// mergeValues merges two decoded JSON values (see WithChunks).
func mergeValues(a, b any) any {
	switch x := a.(type) {
	case nil:
		return b
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			return a
		}
		for k, bv := range y {
			if av, ok := x[k]; ok {
				x[k] = mergeValues(av, bv)
			} else {
				x[k] = bv
			}
		}
		return x
	case []any:
		y, ok := b.([]any)
		if !ok {
			return a
		}
	items:
		for _, bv := range y {
			for _, av := range x {
				if reflect.DeepEqual(av, bv) {
					continue items
				}
			}
			x = append(x, bv)
		}
		return x
	}
	return a
}
