package pyjson

import (
	"bytes"
	"strings"
	"testing"
)

// The expected literals are what Python 3 prints for
// json.dumps(s, ensure_ascii=False).
func TestWriteString(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", `""`},
		{"plain", `"plain"`},
		{`say "hi" \ bye`, `"say \"hi\" \\ bye"`},
		{"a\nb\rc\td\be\ff", `"a\nb\rc\td\be\ff"`},
		{"\x00\x01\x1f\x7f", `"\u0000\u0001\u001f` + "\x7f\""},
		{"héllo 世界 🙂 </script>", `"héllo 世界 🙂 </script>"`},
		{"\u2028\u2029", "\"\u2028\u2029\""},
		{"bad \xff\xfe byte", "\"bad \uFFFD byte\""},
	} {
		var sb strings.Builder
		WriteString(&sb, c.in)
		var bb bytes.Buffer
		WriteString(&bb, c.in)
		if sb.String() != c.want || bb.String() != c.want {
			t.Errorf("WriteString(%q) = %q (strings.Builder), %q (bytes.Buffer); want %q", c.in, sb.String(), bb.String(), c.want)
		}
	}
}
