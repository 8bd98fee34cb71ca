package synth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/qwenkit/qwenkit/runtime/gguf"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// llama.cpp's token types (tokenizer.ggml.token_type).
const (
	typeNormal  = 1
	typeControl = 3
	typeUnused  = 5
)

// vocab is what goes into the tokenizer.ggml.* keys.
type vocab struct {
	tokens         []string
	types          []int32
	merges         []string
	bos, eos, pad  int
	chatTemplate   string
	realTokenCount int // tokens before padding
}

// syntheticVocab is a byte-level vocabulary without merges: the 256 byte
// tokens in GPT-2's byte-to-unicode form with id == byte value, then
// <|endoftext|> (BOS and padding), <|im_start|> and <|im_end|> (EOS) as
// control tokens.
func syntheticVocab() vocab {
	v := vocab{bos: 256, eos: 258, pad: 256, merges: []string{}}
	for b := 0; b < 256; b++ {
		v.tokens = append(v.tokens, string(byteRune(byte(b))))
		v.types = append(v.types, typeNormal)
	}
	for _, s := range []string{"<|endoftext|>", "<|im_start|>", "<|im_end|>"} {
		v.tokens = append(v.tokens, s)
		v.types = append(v.types, typeControl)
	}
	v.realTokenCount = len(v.tokens)
	return v
}

// byteRune is GPT-2's byte-to-unicode map: printable Latin-1 bytes stand for
// themselves, the other 68 take the code points from U+0100 up, in order.
func byteRune(b byte) rune {
	printable := func(c int) bool {
		return ('!' <= c && c <= '~') || (0xA1 <= c && c <= 0xAC) || (0xAE <= c && c <= 0xFF)
	}
	if printable(int(b)) {
		return rune(b)
	}
	n := 0
	for c := 0; c < int(b); c++ {
		if !printable(c) {
			n++
		}
	}
	return rune(256 + n)
}

// loadVocab reads a real vocabulary with the tokenizer package (a
// tokenizer.json, a folder holding one, or a GGUF file) and the chat
// template beside it: tokenizer_config.json's chat_template, or a GGUF's
// tokenizer.chat_template.
func loadVocab(path string) (vocab, error) {
	tok, err := tokenizer.LoadFile(path)
	if err != nil {
		return vocab{}, fmt.Errorf("synth: %w", err) // the cause names the tokenizer and path
	}
	v, err := vocabOf(tok, path)
	if err != nil {
		return vocab{}, err
	}
	v.chatTemplate, err = chatTemplate(path)
	return v, err
}

// vocabOf returns the vocabulary of a loaded tokenizer (named by where, for
// errors), without a chat template.
func vocabOf(tok *tokenizer.Tokenizer, where string) (vocab, error) {
	v := vocab{tokens: tok.Tokens(), types: tok.TokenTypes(), merges: tok.Merges(),
		bos: tok.BOS(), eos: tok.EOS(), pad: tok.Pad()}
	if v.bos < 0 {
		// Qwen's tokenizer files say no BOS; its config.json (and so
		// llama.cpp's converter) names <|endoftext|>.
		if id, ok := tok.TokenID("<|endoftext|>"); ok {
			v.bos = id
		}
	}
	if v.merges == nil {
		v.merges = []string{}
	}
	v.realTokenCount = len(v.tokens)
	if len(v.types) != len(v.tokens) {
		return vocab{}, fmt.Errorf("synth: tokenizer %s: %d tokens but %d token types", where, len(v.tokens), len(v.types))
	}
	return v, nil
}

// chatTemplate finds the chat template that belongs with the tokenizer at
// path; "" when there is none.
func chatTemplate(path string) (string, error) {
	if strings.EqualFold(filepath.Ext(path), ".gguf") {
		f, err := gguf.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		s, _ := f.String("tokenizer.chat_template")
		return s, nil
	}
	dir := filepath.Dir(path)
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		dir = path
	}
	cfgPath := filepath.Join(dir, "tokenizer_config.json")
	data, err := os.ReadFile(cfgPath)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("synth: %w", err)
	}
	var cfg struct {
		ChatTemplate json.RawMessage `json:"chat_template"`
	}
	if err := json.Unmarshal(data, &cfg); err != nil {
		return "", fmt.Errorf("synth: %s: %w", cfgPath, err)
	}
	var s string
	if len(cfg.ChatTemplate) > 0 && json.Unmarshal(cfg.ChatTemplate, &s) != nil {
		// A list of named templates: take the one named "default".
		var named []struct{ Name, Template string }
		if err := json.Unmarshal(cfg.ChatTemplate, &named); err != nil {
			return "", fmt.Errorf("synth: %s: chat_template is neither a string nor a list of templates", cfgPath)
		}
		for _, t := range named {
			if t.Name == "default" {
				s = t.Template
			}
		}
	}
	return s, nil
}

// padTo extends the vocabulary to rows tokens with [PADn] tokens of type
// UNUSED, as llama.cpp's converter does for embedding rows past the
// tokenizer.
func (v *vocab) padTo(rows int) error {
	if rows < len(v.tokens) {
		return fmt.Errorf("synth: vocabulary of %d rows is smaller than the tokenizer's %d tokens", rows, len(v.tokens))
	}
	for id := len(v.tokens); id < rows; id++ {
		v.tokens = append(v.tokens, fmt.Sprintf("[PAD%d]", id))
		v.types = append(v.types, typeUnused)
	}
	return nil
}

// rowsFor returns the embedding rows for a vocabulary of n tokens: the
// requested count when given, else the shape's when it is large enough,
// else n rounded up to a multiple of 128.
func rowsFor(n, requested, shape int) int {
	switch {
	case requested > 0:
		return requested
	case shape >= n:
		return shape
	}
	return (n + 127) / 128 * 128
}
