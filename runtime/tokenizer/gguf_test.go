package tokenizer

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/gguf"
)

// TestGGUF loads the vocab-only GGUF that llama.cpp was run with and checks
// that it tokenizes the goldens exactly as tokenizer.json does, and that its
// vocabulary agrees with tokenizer.json's (token strings, types by
// llama.cpp's convention, merges).
func TestGGUF(t *testing.T) {
	tg, err := LoadFile(filepath.Join(fixtureDir(t), "qwen2.5-vocab.gguf"))
	if err != nil {
		t.Fatal(err)
	}
	tj := qwenJSON(t)
	if tg.NumTokens() != 151936 {
		t.Errorf("NumTokens = %d, want 151936", tg.NumTokens())
	}
	if tg.BOS() != 151643 || tg.EOS() != 151645 || tg.Pad() != 151643 {
		t.Errorf("BOS/EOS/Pad = %d/%d/%d, want 151643/151645/151643", tg.BOS(), tg.EOS(), tg.Pad())
	}
	if tg.TokenType(151700) != TypeUnused || !tg.IsSpecial(151700) || string(tg.TokenBytes(151700)) != "[PAD151700]" {
		t.Errorf("padding token 151700: type %d, bytes %q", tg.TokenType(151700), tg.TokenBytes(151700))
	}
	gt, jt := tg.Tokens(), tj.Tokens()
	gty, jty := tg.TokenTypes(), tj.TokenTypes()
	for id := 0; id < tj.NumTokens(); id++ {
		if gt[id] != jt[id] || gty[id] != jty[id] {
			t.Fatalf("token %d: GGUF %q type %d, tokenizer.json %q type %d", id, gt[id], gty[id], jt[id], jty[id])
		}
	}
	gm, jm := tg.Merges(), tj.Merges()
	if len(gm) != 151387 || strings.Join(gm, "\n") != strings.Join(jm, "\n") {
		t.Errorf("merges differ: %d in GGUF, %d in tokenizer.json", len(gm), len(jm))
	}
	for i, g := range readGoldens(t, "goldens.jsonl") {
		if got := tg.Encode(g.Text); !slices.Equal(got, g.Plain) {
			t.Fatalf("line %d plain: got %v, want %v", i+1, got, g.Plain)
		}
		if got := tg.EncodeSpecial(g.Text); !slices.Equal(got, g.Special) {
			t.Fatalf("line %d special: got %v, want %v", i+1, got, g.Special)
		}
	}
}

// TestGGUFErrors checks that a GGUF without a usable vocabulary is refused
// with an error naming the key.
func TestGGUFErrors(t *testing.T) {
	base := func() *gguf.Builder {
		b := gguf.NewBuilder()
		b.SetString("general.architecture", "qwen2")
		b.SetString("tokenizer.ggml.model", "gpt2")
		b.SetString("tokenizer.ggml.pre", "qwen2")
		return b
	}
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		edit func(b *gguf.Builder)
		want string
	}{
		{"no tokens", func(b *gguf.Builder) {}, "tokenizer.ggml.tokens"},
		{"llama model", func(b *gguf.Builder) { b.SetString("tokenizer.ggml.model", "llama") }, `"llama"`},
		{"other pre", func(b *gguf.Builder) { b.SetString("tokenizer.ggml.pre", "llama3") }, `"llama3"`},
		{"no merges", func(b *gguf.Builder) { b.SetStrings("tokenizer.ggml.tokens", byteTokens()) }, "tokenizer.ggml.merges"},
		{"missing byte", func(b *gguf.Builder) {
			b.SetStrings("tokenizer.ggml.tokens", byteTokens()[1:])
			b.SetStrings("tokenizer.ggml.merges", nil)
		}, "no token for byte 0x"},
		{"bad merge", func(b *gguf.Builder) {
			b.SetStrings("tokenizer.ggml.tokens", byteTokens())
			b.SetStrings("tokenizer.ggml.merges", []string{"a b"})
		}, `merged token "ab"`},
		{"eos out of range", func(b *gguf.Builder) {
			b.SetStrings("tokenizer.ggml.tokens", byteTokens())
			b.SetStrings("tokenizer.ggml.merges", nil)
			b.SetUint32("tokenizer.ggml.eos_token_id", 9999)
		}, "tokenizer.ggml.eos_token_id"},
	} {
		b := base()
		c.edit(b)
		path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".gguf")
		if err := b.WriteFile(path); err != nil {
			t.Fatal(err)
		}
		_, err := LoadFile(path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %s", c.name, err, c.want)
		}
	}
}

// byteTokens returns the 256 single-byte tokens in byte-level form.
func byteTokens() []string {
	out := make([]string, 256)
	for c := range out {
		out[c] = bl.runeString(byte(c))
	}
	return out
}
