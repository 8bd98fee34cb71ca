// Package pyjson writes JSON text the way Python's json.dumps does with
// ensure_ascii=False, which is how Qwen2.5's chat template (through
// transformers' tojson filter and get_json_schema) writes tools and tool
// calls into a prompt. The model was trained on that text, so chat and
// sdk/chatml must write it byte for byte.
package pyjson

import (
	"io"
	"strings"
)

// Writer is what WriteString writes to; *bytes.Buffer and *strings.Builder
// are both one.
type Writer interface {
	io.ByteWriter
	io.StringWriter
}

// WriteString writes s as a JSON string literal as json.dumps(s,
// ensure_ascii=False) does: '"' and '\\' escaped, \n \r \t \b \f by name,
// the other bytes below 0x20 as \u00XX, and everything else (non-ASCII
// included) as it is. Invalid UTF-8, which a Python str cannot hold, is
// written as U+FFFD. It costs one pass over s and no allocation unless s is
// invalid UTF-8.
func WriteString(w Writer, s string) {
	const hex = "0123456789abcdef"
	s = strings.ToValidUTF8(s, "\uFFFD")
	w.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		w.WriteString(s[start:i])
		start = i + 1
		switch c {
		case '"':
			w.WriteString(`\"`)
		case '\\':
			w.WriteString(`\\`)
		case '\n':
			w.WriteString(`\n`)
		case '\r':
			w.WriteString(`\r`)
		case '\t':
			w.WriteString(`\t`)
		case '\b':
			w.WriteString(`\b`)
		case '\f':
			w.WriteString(`\f`)
		default:
			w.WriteString(`\u00`)
			w.WriteByte(hex[c>>4])
			w.WriteByte(hex[c&15])
		}
	}
	w.WriteString(s[start:])
	w.WriteByte('"')
}
