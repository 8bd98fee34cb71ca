package tokenizer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// LoadFile loads a tokenizer from path: a GGUF file (its tokenizer.ggml.*
// metadata), a tokenizer.json, or a folder holding tokenizer.json or
// vocab.json + merges.txt. For the Hugging Face forms, tokenizer_config.json
// and config.json beside the vocabulary (when present) set BOS, EOS and
// padding. Cost: well under a second for Qwen2.5's vocabulary.
func LoadFile(path string) (*Tokenizer, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	if st.IsDir() {
		return loadDir(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	var magic [4]byte
	n, _ := f.Read(magic[:])
	f.Close()
	if n == 4 && string(magic[:]) == "GGUF" {
		return loadGGUF(path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	if len(bytes.TrimSpace(data)) == 0 || bytes.TrimSpace(data)[0] != '{' {
		return nil, fmt.Errorf("tokenizer: %s: neither a GGUF file nor a tokenizer.json", path)
	}
	t, err := FromTokenizerJSON(data, path)
	if err != nil {
		return nil, err
	}
	if err := applyConfigs(t, filepath.Dir(path)); err != nil {
		return nil, err
	}
	return t, nil
}

func loadDir(dir string) (*Tokenizer, error) {
	tj := filepath.Join(dir, "tokenizer.json")
	if _, err := os.Stat(tj); err == nil {
		return LoadFile(tj)
	}
	vocab, err := os.ReadFile(filepath.Join(dir, "vocab.json"))
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %s: no tokenizer.json, and %w", dir, err)
	}
	merges, err := os.ReadFile(filepath.Join(dir, "merges.txt"))
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %s: vocab.json without merges.txt: %w", dir, err)
	}
	cfg, err := os.ReadFile(filepath.Join(dir, "tokenizer_config.json"))
	if os.IsNotExist(err) {
		cfg = nil
	} else if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	t, err := FromVocabMerges(vocab, merges, cfg, dir)
	if err != nil {
		return nil, err
	}
	if err := applyConfigs(t, dir); err != nil {
		return nil, err
	}
	return t, nil
}
