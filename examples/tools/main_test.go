package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestToolsExample(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run([]string{"--max-tokens", "48", "--temperature", "1", "--seed", "3"}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	calls, results := 0, 0
	for _, line := range strings.Split(out.String(), "\n") {
		switch {
		case strings.HasPrefix(line, "→ get_weather ") || strings.HasPrefix(line, "→ convert_units "):
			calls++
		case strings.HasPrefix(line, "← "):
			results++
			content := strings.TrimPrefix(line, "← ")
			if !json.Valid([]byte(content)) || strings.Contains(content, "invalid arguments") {
				t.Errorf("tool result %s", content)
			}
		}
	}
	if calls == 0 || calls != results {
		t.Fatalf("%d calls, %d results:\n%s", calls, results, out.String())
	}
	if !strings.Contains(out.String(), "answer: ") && !strings.Contains(out.String(), "(stopped: ") {
		t.Fatalf("no end:\n%s", out.String())
	}
}

func TestConvertUnits(t *testing.T) {
	for _, c := range []struct {
		in   ConvertArgs
		want float64
	}{
		{ConvertArgs{100, "celsius", "fahrenheit"}, 212},
		{ConvertArgs{32, "fahrenheit", "kelvin"}, 273.15},
		{ConvertArgs{1, "miles", "km"}, 1.609344},
	} {
		got, err := convertUnits(context.Background(), c.in)
		if err != nil || got.Value < c.want-1e-9 || got.Value > c.want+1e-9 || got.Unit != c.in.To {
			t.Errorf("%+v: %+v %v, want %v", c.in, got, err, c.want)
		}
	}
	if _, err := convertUnits(context.Background(), ConvertArgs{1, "km", "celsius"}); err == nil {
		t.Error("km to celsius converted")
	}
}
