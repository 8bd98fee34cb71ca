package sdk

import (
	"errors"

	"github.com/qwenkit/qwenkit/chat"
)

// constraint is what generation needs from a grammar matcher
// (*grammar.Matcher has these methods).
type constraint interface {
	// Mask sets the bits of the tokens allowed next (and clears the rest).
	Mask(dst []uint64)
	// Accept advances over a token.
	Accept(tok int) error
	// Forced returns the bytes every continuation starts with.
	Forced() []byte
	// Done reports whether the output may end here.
	Done() bool
}

// grammars makes matchers for a Local: for a response format's schema, and
// for the JSON of one call to one of the given tools
// ({"name": ..., "arguments": ...}). Each returned function makes a fresh
// matcher.
type grammars interface {
	schema(schema []byte) (func() constraint, error)
	toolCall(tools []chat.ToolSpec) (func() constraint, error)
}

// errNoGrammar is returned for a response format when the engine has no
// grammar compiler.
var errNoGrammar = errors.New("sdk: response formats (JSON Schema constrained output) are not available in the local engine yet")
