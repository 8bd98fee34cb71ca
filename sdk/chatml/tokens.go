package chatml

import (
	"fmt"
	"strings"
)

// Encoder is what Tokens needs from a tokenizer; *tokenizer.Tokenizer
// satisfies it.
type Encoder interface {
	// Encode tokenizes text in plain mode: every byte is text, added-token
	// strings included.
	Encode(text string) []int
	// TokenID looks up an added token such as "<|im_end|>".
	TokenID(text string) (int, bool)
}

// Tokens encodes the prompt safely: each control segment becomes its token id,
// and each stretch of text between two control tokens (template text and
// content together) is encoded in plain mode as one piece, so text inside a
// content never becomes a control token and the ids equal Hugging Face's
// encoding of the same rendering wherever the contents hold no added-token
// text. A vocabulary without the <tool_call> tokens (Qwen2's) gets their text
// encoded as text, as Hugging Face would; one without <|im_start|> or
// <|im_end|> is an error. It costs one plain encoding of the prompt's text.
func (p Prompt) Tokens(enc Encoder) ([]int, error) {
	var ids []int
	var run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			ids = append(ids, enc.Encode(run.String())...)
			run.Reset()
		}
	}
	for _, s := range p {
		if s.Kind != Control {
			run.WriteString(s.Text)
			continue
		}
		id, ok := enc.TokenID(s.Text)
		if !ok {
			if s.Text == ImStart || s.Text == ImEnd {
				return nil, fmt.Errorf("chatml: the tokenizer has no control token %q: not a ChatML vocabulary", s.Text)
			}
			// A vocabulary without <tool_call> (Qwen2, small test models):
			// Hugging Face's tokenizer would read it as text too.
			run.WriteString(s.Text)
			continue
		}
		flush()
		ids = append(ids, id)
	}
	flush()
	return ids, nil
}
