import * as fs from 'fs';
import * as path from 'path';

// Interface for the command line options
interface PreviewOptions {
    file: string;
    rows: number;
    delimiter: string;
    maxWidth: number;
}

// Function to print usage and exit
function printUsage(): never {
    console.log('Usage: csv-preview <file.csv> [--rows N] [--delimiter ;] [--max-width N]');
    process.exit(1);
}

// Function to parse the command line arguments
function parseArgs(args: string[]): PreviewOptions {
    const options: PreviewOptions = { file: '', rows: 20, delimiter: '', maxWidth: 30 };

    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--rows') {
            options.rows = parseInt(args[++i], 10);
        } else if (arg === '--delimiter') {
            options.delimiter = args[++i];
        } else if (arg === '--max-width') {
            options.maxWidth = parseInt(args[++i], 10);
        } else if (arg === '--help' || arg === '-h') {
            printUsage();
        } else {
            options.file = arg;
        }
    }

    // Check the options are valid
    if (!options.file) printUsage();
    if (isNaN(options.rows) || options.rows <= 0) options.rows = 20;
    if (isNaN(options.maxWidth) || options.maxWidth < 4) options.maxWidth = 30;
    return options;
}

// Function to guess the delimiter from the first line
function detectDelimiter(firstLine: string): string {
    const candidates = [',', ';', '\t', '|'];
    let best = ',';
    let bestCount = 0;
    for (const candidate of candidates) {
        const count = firstLine.split(candidate).length - 1;
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

// Function to parse CSV text into rows, handling quoted fields
function parseCsv(text: string, delimiter: string, limit: number): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let inQuotes = false;

    for (let i = 0; i < text.length && rows.length < limit; i++) {
        const ch = text[i];
        if (inQuotes) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (ch === '"') {
                inQuotes = false;
            } else {
                field += ch;
            }
        } else if (ch === '"') {
            inQuotes = true;
        } else if (ch === delimiter) {
            row.push(field);
            field = '';
        } else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n') {
                i++;
            }
            row.push(field);
            rows.push(row);
            row = [];
            field = '';
        } else {
            field += ch;
        }
    }

    // Add the last row if the file does not end with a newline
    if ((field !== '' || row.length > 0) && rows.length < limit) {
        row.push(field);
        rows.push(row);
    }
    return rows;
}

// Function to shorten a cell so the table fits in the terminal
function truncate(value: string, width: number): string {
    const clean = value.replace(/\s+/g, ' ');
    return clean.length > width ? clean.slice(0, width - 1) + '…' : clean;
}

// Function to render the rows as an aligned table
function renderTable(rows: string[][], maxWidth: number): string {
    const columnCount = Math.max(...rows.map((r) => r.length));
    const cells = rows.map((r) => Array.from({ length: columnCount }, (_, c) => truncate(r[c] ?? '', maxWidth)));
    const widths: number[] = [];
    for (let c = 0; c < columnCount; c++) {
        widths[c] = Math.max(...cells.map((r) => r[c].length));
    }

    const line = (r: string[]) => '| ' + r.map((cell, c) => cell.padEnd(widths[c])).join(' | ') + ' |';
    const separator = '|-' + widths.map((w) => '-'.repeat(w)).join('-|-') + '-|';

    return [line(cells[0]), separator, ...cells.slice(1).map(line)].join('\n');
}

// Main function
function main(): void {
    const options = parseArgs(process.argv.slice(2));
    const filePath = path.resolve(options.file);

    // Check if the file exists
    if (!fs.existsSync(filePath)) {
        console.error(`Error: file not found: ${filePath}`);
        process.exit(1);
    }

    const text = fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
    const delimiter = options.delimiter || detectDelimiter(text.split(/\r?\n/, 1)[0]);
    const rows = parseCsv(text, delimiter, options.rows + 1);

    if (rows.length === 0) {
        console.log('The file is empty.');
        return;
    }

    console.log(renderTable(rows, options.maxWidth));
    console.log(`\nShowing ${rows.length - 1} data row(s) from ${path.basename(filePath)}`);
}

main();
