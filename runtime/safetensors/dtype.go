package safetensors

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// dtypes maps the safetensors dtype names that qwenkit reads to ggml types.
var dtypes = map[string]quant.Type{
	"F32": quant.F32, "F16": quant.F16, "BF16": quant.BF16, "F64": quant.F64,
	"I8": quant.I8, "I16": quant.I16, "I32": quant.I32, "I64": quant.I64,
}

// ParseDType returns the element type of a safetensors dtype name ("BF16",
// "F16", "F32", "F64", "I8" … "I64"), or an error naming it.
func ParseDType(s string) (quant.Type, error) {
	if t, ok := dtypes[s]; ok {
		return t, nil
	}
	return 0, fmt.Errorf("unsupported dtype %q", s)
}

// DTypeName returns the safetensors dtype name of t, or an error when
// safetensors has no plain dtype for it (block-quantized types).
func DTypeName(t quant.Type) (string, error) {
	for name, u := range dtypes {
		if u == t {
			return name, nil
		}
	}
	return "", fmt.Errorf("safetensors: no dtype for %s", t)
}
