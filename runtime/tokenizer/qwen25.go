package tokenizer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
)

// qwen25Vocab is Qwen2.5's vocabulary (tokenizer.json of Qwen2.5-Instruct:
// 151,643 BPE tokens, 151,387 merges, 22 added tokens) in the compact
// format, gzip-compressed at the best level. embedded_test.go regenerates it
// from the fixture (go test -run TestEmbedded -update-embedded) and checks
// that it tokenizes exactly as the fixture does.
//
//go:embed qwen25.vocab.gz
var qwen25Vocab []byte

// Qwen25 returns Qwen2.5's tokenizer from the copy embedded in the binary
// (1.3 MB compressed), so that no file is needed: the same tokens,
// merges and added tokens as Qwen2.5's tokenizer.json, 151,665 tokens, BOS
// and padding <|endoftext|> (151643), EOS <|im_end|> (151645), as in
// Qwen2.5-Instruct's config.json and llama.cpp's GGUF conversion. Each call
// decompresses and builds a new Tokenizer (about 0.2 s of CPU); share the
// result.
func Qwen25() (*Tokenizer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(qwen25Vocab))
	if err != nil {
		return nil, fmt.Errorf("tokenizer: embedded Qwen2.5 vocabulary: %w", err)
	}
	return readCompact(zr, "embedded Qwen2.5 vocabulary")
}
