// The same computation as tailrec.seq. Go does not eliminate tail calls, so
// the idiomatic equivalent is a loop.
// Prints one machine-readable line: sum-mod(10000000) = 4650000 in 12345678 ns
package main

import (
	"fmt"
	"time"
)

const p = 1000000007

func sumDown(acc, n int64) int64 {
	for ; n > 0; n-- {
		acc += n
		if acc >= p {
			acc -= p
		}
	}
	return acc
}

func main() {
	n := int64(10000000)
	start := time.Now() // carries a monotonic reading; Since uses it
	result := sumDown(0, n)
	elapsed := time.Since(start)
	fmt.Printf("sum-mod(%d) = %d in %d ns\n", n, result, elapsed.Nanoseconds())
}
