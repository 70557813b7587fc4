import { transcriptUrl } from '../chat/transcript-link.js';

interface TranscriptDownloadProps {
  conversationId: string;
}

/** Links that download the conversation's whole transcript, as CSV for spreadsheets or as JSON. */
export function TranscriptDownload({ conversationId }: TranscriptDownloadProps) {
  return (
    <div class="download" role="group" aria-labelledby="download-label">
      <span id="download-label" class="download__label">
        Download transcript
      </span>
      <a
        class="button button--small"
        href={transcriptUrl(conversationId, 'csv')}
        download
        aria-label="Download transcript as CSV"
      >
        CSV
      </a>
      <a
        class="button button--small"
        href={transcriptUrl(conversationId, 'json')}
        download
        aria-label="Download transcript as JSON"
      >
        JSON
      </a>
    </div>
  );
}
