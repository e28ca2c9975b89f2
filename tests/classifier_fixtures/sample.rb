# Count words on standard input.
counts = Hash.new(0)
STDIN.each_line do |line|
  line.split.each do |word|
    counts[word.downcase] += 1
  end
end
puts counts
