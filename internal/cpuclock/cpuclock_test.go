package cpuclock

import (
	"runtime"
	"testing"
)

// TestProcess checks that on Linux the clock reads a positive time that
// grows while this process computes.
func TestProcess(t *testing.T) {
	if runtime.GOOS != "linux" {
		if Process() != 0 {
			t.Fatal("Process() != 0 where it is documented as unreadable")
		}
		return
	}
	c0 := Process()
	x := 1.0
	for Process() == c0 {
		for i := 0; i < 1e6; i++ {
			x = x*1.0000001 + 1e-9
		}
	}
	if c0 <= 0 || Process() <= c0 || x == 0 {
		t.Fatalf("Process() = %d, then %d", c0, Process())
	}
}
