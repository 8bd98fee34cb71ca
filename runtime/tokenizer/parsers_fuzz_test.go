package tokenizer

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestNewErrors checks New's consistency checks on small vocabularies.
func TestNewErrors(t *testing.T) {
	bt := byteTokens()
	for _, c := range []struct {
		spec Spec
		want string
	}{
		{Spec{}, "empty vocabulary"},
		{Spec{Tokens: append(bt, "a"), BOS: -1, EOS: -1, Pad: -1}, "has two ids"},
		{Spec{Tokens: append(bt, "<x>", "<x>"), Types: append(make([]int32, 256), TypeControl, TypeControl), BOS: -1, EOS: -1, Pad: -1}, "has two ids"},
		{Spec{Tokens: bt, Types: make([]int32, 3)}, "3 token types for 256 tokens"},
		{Spec{Tokens: append(bt, ""), Types: append(make([]int32, 256), TypeControl), BOS: -1, EOS: -1, Pad: -1}, "is empty"},
		{Spec{Tokens: append(bt, "x"), Types: append(make([]int32, 256), 9), BOS: -1, EOS: -1, Pad: -1}, "unknown type 9"},
		{Spec{Tokens: bt, Merges: [][2]string{{"a", "zz"}}, BOS: -1, EOS: -1, Pad: -1}, `"zz" is not a token`},
		{Spec{Tokens: bt, BOS: 256, EOS: -1, Pad: -1}, "BOS token id 256 outside"},
	} {
		_, err := New(c.spec)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one mentioning %q", err, c.want)
		}
	}
}

// FuzzFromTokenizerJSON: any input gives a tokenizer or an error, never a
// panic, and a tokenizer that loads can encode and decode.
func FuzzFromTokenizerJSON(f *testing.F) {
	f.Add([]byte(tinyJSON(`["a b","ab c"]`, "")))
	f.Add([]byte(tinyJSON(`[["a","b"],["ab","c"]]`, `,{"id":259,"content":"<x>"}`)))
	f.Add([]byte(`{"model":{"vocab":{"a":1}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tok, err := FromTokenizerJSON(data, "fuzz")
		if err != nil {
			return
		}
		ids := tok.EncodeSpecial("abc <x> ab\u00e9")
		tok.Decode(ids)
	})
}

// FuzzReadCompact: a damaged compact vocabulary is an error, never a panic.
func FuzzReadCompact(f *testing.F) {
	zr, err := gzip.NewReader(bytes.NewReader(qwen25Vocab))
	if err != nil {
		f.Fatal(err)
	}
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	tiny, err := FromTokenizerJSON([]byte(tinyJSON(`["a b","ab c"]`, "")), "tiny")
	if err != nil {
		f.Fatal(err)
	}
	var small bytes.Buffer
	writeCompact(&small, tiny, -1, 258, -1)
	f.Add(small.Bytes())
	f.Add(raw.Bytes()[:4096])
	f.Fuzz(func(t *testing.T, data []byte) {
		tok, err := readCompact(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		tok.Decode(tok.EncodeSpecial("abc ab"))
	})
}
