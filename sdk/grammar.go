package sdk

import "errors"

// errNoGrammar is returned for a response format until the grammar package's
// schema matcher is wired in.
var errNoGrammar = errors.New("sdk: response formats (JSON Schema constrained output) are not available in the local engine yet")
