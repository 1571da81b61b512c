// The primes benchmark scaled to 2,000,000: count the primes up to N by
// trial division (2, then odd divisors up to the square root).
// Prints one line: primes(2000000) = 148933 in NS ns
package main

import (
	"fmt"
	"time"
)

func isPrime(n int64) bool {
	if n < 3 {
		return n == 2
	}
	if n%2 == 0 {
		return false
	}
	for d := int64(3); d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 2000000
	start := time.Now()
	var count int64
	for n := int64(2); n <= limit; n++ {
		if isPrime(n) {
			count++
		}
	}
	elapsed := time.Since(start).Nanoseconds()
	fmt.Printf("primes(%d) = %d in %d ns\n", limit, count, elapsed)
}
