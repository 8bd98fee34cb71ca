package memory

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTerms(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Hello, World!", "hello world"},
		{"get_weather(city='Paris')", "get weather city paris"},
		{"Élan naïve FAÇADE", "elan naive facade"},
		{"数据库迁移", "数据 据库 库迁 迁移"},
		{"用 Go 写", "用 go 写"},
		{"東京タワー and 서울", "東京 京タ タワ ワー and 서울"},
		{"x1.5 version2", "x1 5 version2"},
		{"नमस्ते दुनिया", "नमस्ते दुनिया"},
		{"Ünïcödé", "unicode"},
		{"", ""},
		{strings.Repeat("a", 100), strings.Repeat("a", maxTermBytes)},
	} {
		if got := strings.Join(termsOf(c.in), " "); got != c.want {
			t.Errorf("terms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzTerms checks that every term is non-empty, has no space (the index
// joins terms with spaces), and comes from inside the text, in order.
func FuzzTerms(f *testing.F) {
	for _, s := range []string{"Hello, World!", "数据库迁移", "Ünïcödé façade", "a\xffb", "東京タワー", "x_y z", "ǅ ǈ İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := -1
		eachTerm(s, func(term string, sp span) {
			if term == "" || strings.ContainsAny(term, " \t\n") || len(term) > maxTermBytes+utf8.UTFMax {
				t.Fatalf("bad term %q", term)
			}
			if sp.start < 0 || sp.end > len(s) || sp.start >= sp.end || sp.start < last {
				t.Fatalf("bad span %v after %d in %d bytes", sp, last, len(s))
			}
			last = sp.start
		})
		body := indexTerms(s)
		if body != strings.Join(termsOf(s), " ") || strings.Contains(body, "  ") {
			t.Fatalf("indexTerms(%q) = %q", s, body)
		}
		_ = fmt.Sprint(spansOf(s, map[string]bool{}))
	})
}
