package tokenizer

import "fmt"

func loadGGUF(path string) (*Tokenizer, error) {
	return nil, fmt.Errorf("tokenizer: %s: GGUF not yet supported", path)
}
