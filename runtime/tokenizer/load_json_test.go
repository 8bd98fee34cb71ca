package tokenizer

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// tinyVocab is the JSON object of the 256 byte tokens (id = byte) plus
// "ab" (256) and "abc" (257).
func tinyVocab() string {
	var vocab strings.Builder
	vocab.WriteString("{")
	for c := 0; c < 256; c++ {
		vocab.WriteString(jsonString(bl.runeString(byte(c))) + ":" + strconv.Itoa(c) + ",")
	}
	vocab.WriteString(`"ab":256,"abc":257}`)
	return vocab.String()
}

// tinyJSON is a minimal Qwen2-style tokenizer.json over tinyVocab with the
// given merges, one added token (258) and extra added tokens.
func tinyJSON(merges string, extra string) string {
	return `{"added_tokens":[{"id":258,"content":"<|end|>","special":true}` + extra + `],
"normalizer":{"type":"NFC"},
"pre_tokenizer":{"type":"Sequence","pretokenizers":[{"type":"Split","pattern":{"Regex":` + jsonString(qwen2Pattern) + `},"behavior":"Isolated","invert":false}]},
"model":{"type":"BPE","vocab":` + tinyVocab() + `,"merges":` + merges + `}}`
}

// TestTokenizerJSONForms loads merges written as "a b" strings and as
// ["a","b"] pairs, and refuses broken files with errors that say why.
func TestTokenizerJSONForms(t *testing.T) {
	for _, merges := range []string{`["a b","ab c"]`, `[["a","b"],["ab","c"]]`} {
		tok, err := FromTokenizerJSON([]byte(tinyJSON(merges, "")), "tiny")
		if err != nil {
			t.Fatalf("%s: %v", merges, err)
		}
		if got := tok.Encode("abc<|end|>"); !slices.Equal(got, []int{257, '<', '|', 'e', 'n', 'd', '|', '>'}) {
			t.Errorf("%s: Encode = %v", merges, got)
		}
		if got := tok.EncodeSpecial("abc<|end|>ab"); !slices.Equal(got, []int{257, 258, 256}) {
			t.Errorf("%s: EncodeSpecial = %v, want [257 258 256]", merges, got)
		}
		if tok.NumTokens() != 259 || tok.EOS() != -1 || tok.TokenType(258) != TypeControl {
			t.Errorf("NumTokens %d, EOS %d, type %d", tok.NumTokens(), tok.EOS(), tok.TokenType(258))
		}
	}
	// Escaped token text is decoded: "a\u0062" is "ab".
	if tok, err := FromTokenizerJSON([]byte(strings.Replace(tinyJSON(`["a b"]`, ""), `"ab":256`, `"a\u0062":256`, 1)), "tiny"); err != nil || !slices.Equal(tok.Encode("ab"), []int{256}) {
		t.Errorf("escaped vocabulary key: %v", err)
	}
	for _, c := range []struct{ json, want string }{
		{tinyJSON(`["a b","ab d"]`, ""), `merged token "abd"`},
		{tinyJSON(`["a b","ab x c"]`, ""), "not two tokens"},
		{tinyJSON(`["a b"]`, `,{"id":300,"content":"<x>"}`), "no token has id 259"},
		{tinyJSON(`["a b"]`, `,{"id":259,"content":"<x>","lstrip":true}`), "lstrip"},
		{tinyJSON(`["a b"]`, `,{"id":5,"content":"<x>"}`), "which the vocabulary gives to"},
		{strings.Replace(tinyJSON(`["a b"]`, ""), `"NFC"`, `"NFKC"`, 1), "NFKC"},
		{strings.Replace(tinyJSON(`["a b"]`, ""), `(?i:'s|'t|`, `(?i:'s|`, 1), "pre_tokenizer"},
		{strings.Replace(tinyJSON(`["a b"]`, ""), `"BPE"`, `"WordPiece"`, 1), "WordPiece"},
		{`{"model":{"vocab":{}}}`, "vocab is missing or empty"},
		{`{`, "unexpected end"},
		{`{"model": x}`, "tiny: offset 11: invalid character 'x'"},
		{`{"model":{"vocab":{"a":"x"}}}`, "want an integer id"},
		{`{"model":{"vocab":{"a":1,"a":2}}}`, "appears twice"},
	} {
		_, err := FromTokenizerJSON([]byte(c.json), "tiny")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("error %v, want one mentioning %q", err, c.want)
		}
	}
}

// TestVocabMerges loads the vocab.json + merges.txt form from a folder,
// with added tokens and special ids from tokenizer_config.json.
func TestVocabMerges(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "vocab.json"), []byte(tinyVocab()), 0o644)
	os.WriteFile(filepath.Join(dir, "merges.txt"), []byte("#version: 0.2\na b\r\nab c\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "tokenizer_config.json"), []byte(`{"added_tokens_decoder":{"258":{"content":"<|end|>","special":true},"259":{"content":"<tool>","special":false}},"eos_token":"<|end|>","pad_token":{"content":"<tool>"},"bos_token":null}`), 0o644)
	tok, err := LoadFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := tok.EncodeSpecial("xabc<tool><|end|>"); !slices.Equal(got, []int{'x', 257, 259, 258}) {
		t.Errorf("EncodeSpecial = %v", got)
	}
	if tok.EOS() != 258 || tok.Pad() != 259 || tok.BOS() != -1 || tok.TokenType(259) != TypeUserDefined {
		t.Errorf("EOS %d Pad %d BOS %d type %d", tok.EOS(), tok.Pad(), tok.BOS(), tok.TokenType(259))
	}
	os.WriteFile(filepath.Join(dir, "merges.txt"), []byte("a b c\n"), 0o644)
	if _, err := LoadFile(dir); err == nil || !strings.Contains(err.Error(), "merges.txt line 1") {
		t.Errorf("bad merges.txt: %v", err)
	}
}
