package synth

import (
	"path/filepath"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// TestRealVocabulary embeds Qwen2.5's tokenizer in a tiny model and compares
// the tokenizer keys with qwen2.5-vocab.gguf, which llama.cpp's converter
// wrote from the same files: tokens, types, merges, special ids and chat
// template must agree over the real tokens, then [PADn] tokens of type
// UNUSED fill the embedding's rows.
func TestRealVocabulary(t *testing.T) {
	f, _ := write(t, Options{Shape: "tiny", Type: "q8_0", Seed: 9, Layers: 1,
		Tokenizer: filepath.Join(fixtures(t), "tokenizer", "tokenizer.json")})
	ref := openFixture(t, "tokenizer/qwen2.5-vocab.gguf")

	const real = 151665
	tokens, _ := f.Strings("tokenizer.ggml.tokens")
	types, _ := f.Int32s("tokenizer.ggml.token_type")
	refTokens, _ := ref.Strings("tokenizer.ggml.tokens")
	refTypes, _ := ref.Int32s("tokenizer.ggml.token_type")
	emb, _ := f.Tensor("token_embd.weight")
	rows := int(emb.Dims[1])
	if rows != 151680 || len(tokens) != rows || len(types) != rows {
		t.Fatalf("%d embedding rows, %d tokens, %d types; want 151680 (151665 rounded up to 128)", rows, len(tokens), len(types))
	}
	for id := 0; id < real; id++ {
		if tokens[id] != refTokens[id] || types[id] != refTypes[id] {
			t.Fatalf("token %d: %q type %d, llama.cpp %q type %d", id, tokens[id], types[id], refTokens[id], refTypes[id])
		}
	}
	for id := real; id < rows; id++ {
		if tokens[id] != refTokens[id] || types[id] != 5 {
			t.Fatalf("padding token %d: %q type %d, want %q type 5", id, tokens[id], types[id], refTokens[id])
		}
	}
	merges, _ := f.Strings("tokenizer.ggml.merges")
	refMerges, _ := ref.Strings("tokenizer.ggml.merges")
	if len(merges) != len(refMerges) {
		t.Fatalf("%d merges, llama.cpp %d", len(merges), len(refMerges))
	}
	for i := range merges {
		if merges[i] != refMerges[i] {
			t.Fatalf("merge %d: %q, llama.cpp %q", i, merges[i], refMerges[i])
		}
	}
	for _, key := range []string{"tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id",
		"tokenizer.ggml.padding_token_id", "tokenizer.ggml.add_bos_token", "tokenizer.chat_template",
		"tokenizer.ggml.model", "tokenizer.ggml.pre"} {
		got, _ := f.Value(key)
		want, _ := ref.Value(key)
		if got.String() != want.String() || got.Type() != want.Type() {
			t.Errorf("%s: %v, llama.cpp %v", key, got, want)
		}
	}
}

func TestRowsFor(t *testing.T) {
	for _, c := range []struct{ n, requested, shape, want int }{
		{259, 0, 384, 384}, {259, 300, 384, 300}, {151665, 0, 384, 151680}, {151665, 0, 151936, 151936}, {128, 0, 1, 128},
	} {
		if got := rowsFor(c.n, c.requested, c.shape); got != c.want {
			t.Errorf("rowsFor(%d, %d, %d) = %d, want %d", c.n, c.requested, c.shape, got, c.want)
		}
	}
}

// TestLoadedVocabulary gives the embedded Qwen2.5 tokenizer as Vocabulary:
// the model carries the same tokenizer keys as one written from
// tokenizer.json (tokens, types, merges, special ids), and no chat template.
func TestLoadedVocabulary(t *testing.T) {
	tok, err := tokenizer.Qwen25()
	if err != nil {
		t.Fatal(err)
	}
	f, _ := write(t, Options{Type: "q8_0", Layers: 1, Vocabulary: tok})
	ref, _ := write(t, Options{Type: "q8_0", Layers: 1, Tokenizer: filepath.Join(fixtures(t), "tokenizer", "tokenizer.json")})
	for _, key := range []string{"tokenizer.ggml.tokens", "tokenizer.ggml.token_type", "tokenizer.ggml.merges",
		"tokenizer.ggml.bos_token_id", "tokenizer.ggml.eos_token_id", "tokenizer.ggml.padding_token_id"} {
		got, ok := f.Value(key)
		want, _ := ref.Value(key)
		if !ok || got.String() != want.String() || got.Type() != want.Type() {
			t.Errorf("%s: %.100v, from tokenizer.json %.100v", key, got, want)
		}
	}
	if n, _ := f.Strings("tokenizer.ggml.tokens"); len(n) != 151680 {
		t.Errorf("%d tokens, want 151680", len(n))
	}
	if _, ok := f.Value("tokenizer.chat_template"); ok {
		t.Error("a loaded vocabulary has no chat template to carry")
	}
}
