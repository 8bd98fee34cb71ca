package main

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestTIRExample(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run([]string{"--max-tokens", "24"}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	// Every step but the last ran a code block.
	m := regexp.MustCompile(`\((\d+) steps, (\d+) code blocks run\)\n$`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("output:\n%s", out.String())
	}
	steps, _ := strconv.Atoi(m[1])
	blocks, _ := strconv.Atoi(m[2])
	if steps != blocks+1 {
		t.Fatalf("%d steps, %d blocks:\n%s", steps, blocks, out.String())
	}
}

func TestTIRWorkedSolution(t *testing.T) {
	var out, errb bytes.Buffer
	if err := run([]string{"--show-sandbox"}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	// 9:40 to 13:05 is 205 minutes; 287 km / (205/60) h = 84.00 km/h.
	if !strings.HasSuffix(out.String(), "```output\n205 minutes, 84.00 km/h\n```\n") {
		t.Fatalf("output:\n%s", out.String())
	}
}
