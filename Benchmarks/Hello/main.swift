import Foundation

// P1's baseline: the smallest Foundation program, built the way triad is.
print("Hello, \(ProcessInfo.processInfo.processName)")
